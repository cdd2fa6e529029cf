package id.kalbarprov.loket.ui.letters;

import static org.assertj.core.api.Assertions.assertThat;

import id.kalbarprov.loket.core.letters.LetterIssuer;
import id.kalbarprov.loket.core.letters.OutgoingLetterService;
import id.kalbarprov.loket.core.letters.Paper;
import id.kalbarprov.loket.core.request.RequestState;
import id.kalbarprov.loket.documents.LetterPdf;
import id.kalbarprov.loket.documents.LetterPrinter;
import id.kalbarprov.loket.store.Database;
import id.kalbarprov.loket.store.LetterFixtures;
import id.kalbarprov.loket.store.OutgoingLetterStore;
import id.kalbarprov.loket.ui.FxTestSupport;
import id.kalbarprov.loket.ui.common.I18n;
import id.kalbarprov.loket.ui.common.TaskRunner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Printing from Surat Konfirmasi without a window: a failing or absent printer gives a clear message. */
class LettersViewModelTest {

    @TempDir
    Path dir;

    static final class FakePrinting implements Printing {
        final List<String> printers = new ArrayList<>();
        final List<byte[]> printed = new ArrayList<>();
        boolean fail;

        @Override
        public List<String> printers() {
            return printers;
        }

        @Override
        public void print(byte[] pdf, String printer, Paper paper, int copies) {
            if (fail) {
                throw new LetterPrinter.PrintFailedException("letters.print.failed", "jammed");
            }
            printed.add(pdf);
        }
    }

    @Test
    void aReprintSendsTheStoredBytesAndAFailingOrMissingPrinterIsExplained() {
        Database db = Database.open(dir.resolve("l.db"));
        OutgoingLetterService store = new OutgoingLetterService(new OutgoingLetterStore(db), new LetterPdf(), LetterFixtures.clock());
        store.saveSettings(LetterFixtures.ADMIN, LetterFixtures.form(LetterFixtures.SIGNER));
        var issued = store.issue(LetterFixtures.KABID, LetterFixtures.request(db, RequestState.SIAP_SURAT, 1), 3);
        FakePrinting printing = new FakePrinting();
        FxTestSupport.RecordingDialogs dialogs = new FxTestSupport.RecordingDialogs();
        LettersViewModel vm = new LettersViewModel(store, new LetterPdf(), printing, () -> LetterFixtures.KABID,
                LetterFixtures.clock(), TaskRunner.direct(), dialogs, new I18n(I18n.INDONESIAN));

        vm.load();
        vm.selectIssued(vm.issued().get(0));
        assertThat(vm.pages().get()).hasSize(1);
        vm.print();
        assertThat(dialogs.shown).containsExactly("error: Cetak surat: Tidak ada printer yang terpasang di komputer ini. "
                + "Pasang atau nyalakan printer, lalu buka kembali layar ini.");

        printing.printers.add("PDF");
        vm.load();
        vm.copies().set(2);
        vm.print();
        assertThat(printing.printed).hasSize(1);
        assertThat(LetterIssuer.sha256(printing.printed.get(0))).isEqualTo(issued.sha256());
        assertThat(vm.status().get()).isEqualTo("Surat Nomor 500.12.6/1/Diskominfo diterima sistem cetak untuk printer PDF (2 salinan).");

        dialogs.shown.clear();
        printing.fail = true;
        vm.print();
        assertThat(dialogs.shown).containsExactly("error: Cetak surat: Pencetakan ke printer PDF gagal. Periksa printer "
                + "(kertas, tinta, sambungan), lalu coba lagi. Surat tetap tersimpan.");
    }

    /** Regression (robustness test): a delivery dated before the letter itself (01-01-0001) was recorded. */
    @Test
    void aDeliveryBeforeTheLettersDateIsRefusedUnderItsField() {
        Database db = Database.open(dir.resolve("l.db"));
        OutgoingLetterService store = new OutgoingLetterService(new OutgoingLetterStore(db), new LetterPdf(), LetterFixtures.clock());
        store.saveSettings(LetterFixtures.ADMIN, LetterFixtures.form(LetterFixtures.SIGNER));
        var issued = store.issue(LetterFixtures.KABID, LetterFixtures.request(db, RequestState.SIAP_SURAT, 1), 3);
        FxTestSupport.RecordingDialogs dialogs = new FxTestSupport.RecordingDialogs();
        LettersViewModel vm = new LettersViewModel(store, new LetterPdf(), new FakePrinting(), () -> LetterFixtures.KABID,
                LetterFixtures.clock(), TaskRunner.direct(), dialogs, new I18n(I18n.INDONESIAN));
        vm.load();
        vm.selectIssued(vm.issued().get(0));
        vm.receiver().set("Sekretariat Dinkes");
        for (java.time.LocalDate wrong : new java.time.LocalDate[] {java.time.LocalDate.of(1, 1, 1),
                issued.letterDate().minusDays(1)}) {
            vm.deliveredOn().set(wrong);
            vm.recordDelivery();
            assertThat(vm.errors()).containsOnlyKeys("deliveredOn");
            assertThat(vm.errors().get("deliveredOn")).isEqualTo(
                    "Tanggal diserahkan tidak boleh sebelum tanggal surat (23-11-2026).");
            assertThat(store.find(issued.id()).orElseThrow().delivery()).isNull();
        }
        vm.deliveredOn().set(issued.letterDate());
        vm.recordDelivery();
        assertThat(vm.errors()).isEmpty();
        assertThat(store.find(issued.id()).orElseThrow().deliveredOn()).isEqualTo(issued.letterDate());
        assertThat(dialogs.shown).isEmpty();
    }
}
