package id.kalbarprov.loket.ui.letters;

import static org.assertj.core.api.Assertions.assertThat;

import id.kalbarprov.loket.core.letters.OutgoingLetterService;
import id.kalbarprov.loket.documents.LetterPdf;
import id.kalbarprov.loket.store.Database;
import id.kalbarprov.loket.store.LetterFixtures;
import id.kalbarprov.loket.store.OutgoingLetterStore;
import id.kalbarprov.loket.ui.FxTestSupport;
import id.kalbarprov.loket.ui.common.I18n;
import id.kalbarprov.loket.ui.common.TaskRunner;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pengaturan → Penandatangan without a window: NIP validation, nothing saved on a problem. */
class SignerViewModelTest {

    @TempDir
    Path dir;

    @Test
    void anImplausibleNipIsShownUnderItsFieldAndNothingIsSaved() {
        OutgoingLetterService store = new OutgoingLetterService(new OutgoingLetterStore(Database.open(dir.resolve("l.db"))), new LetterPdf(),
                LetterFixtures.clock());
        FxTestSupport.RecordingDialogs dialogs = new FxTestSupport.RecordingDialogs();
        SignerViewModel vm = new SignerViewModel(store, () -> LetterFixtures.ADMIN, TaskRunner.direct(), dialogs,
                new I18n(I18n.INDONESIAN));
        vm.load();
        assertThat(vm.status().get()).isEqualTo("Penandatangan belum diatur: surat konfirmasi belum dapat diterbitkan.");
        assertThat(vm.pattern().get()).isEqualTo("{code}/{seq}/Diskominfo");

        vm.name().set("Dr. Hendra Wijaya, S.Kom., M.T.");
        vm.title().set("Kepala Dinas Komunikasi dan Informatika Provinsi Kalimantan Barat");
        vm.rank().set("Pembina Utama Muda (IV/c)");
        vm.nip().set("19650916 199313 1 002");
        vm.pattern().set("{code}/{nomor}/Diskominfo");
        vm.save();
        assertThat(vm.errors()).containsKeys("nip", "numberPattern");
        assertThat(vm.errors().get("nip")).startsWith("Angka ke-9 s.d. 14 NIP");
        assertThat(store.settings().signer()).isEmpty();

        vm.nip().set("19650916 199303 1 002");
        vm.pattern().set("{code}/{seq}/Diskominfo/{year}");
        vm.save();
        assertThat(vm.errors()).isEmpty();
        assertThat(vm.status().get()).isEqualTo("Pengaturan penandatangan disimpan.");
        assertThat(store.settings().signer().orElseThrow().numberLine()).isEqualTo("NIP. 19650916 199303 1 002");
        assertThat(store.settings().numberPattern()).isEqualTo("{code}/{seq}/Diskominfo/{year}");

        vm.pppk().set(true);
        vm.nip().set("1990010120211 2 001");
        vm.save();
        assertThat(vm.errors()).containsOnlyKeys("nip");
        assertThat(vm.errors().get("nip")).isEqualTo("Nomor induk PPPK harus 18 angka.");
        assertThat(dialogs.shown).isEmpty();
    }

    /**
     * Regression (robustness test): a "{seq:0}" pattern was saved and then made issuing a letter fail
     * with an unexpected error; a pattern or tembusan of any length was saved and printed on every letter.
     */
    @Test
    void aPatternThatCannotNumberALetterAndOverlongTembusanAreRefusedUnderTheirFields() {
        OutgoingLetterService store = new OutgoingLetterService(new OutgoingLetterStore(Database.open(dir.resolve("l.db"))), new LetterPdf(),
                LetterFixtures.clock());
        SignerViewModel vm = new SignerViewModel(store, () -> LetterFixtures.ADMIN, TaskRunner.direct(),
                new FxTestSupport.RecordingDialogs(), new I18n(I18n.INDONESIAN));
        vm.load();
        vm.name().set("Dr. Hendra Wijaya, S.Kom., M.T.");
        vm.title().set("Kepala Dinas");
        vm.rank().set("Pembina Utama Muda (IV/c)");
        vm.nip().set("19650916 199303 1 002");
        for (String pattern : new String[] {"{code}/{seq:0}/Diskominfo", "{code}/{seq/Diskominfo",
                "{seq}/" + "x".repeat(100)}) {
            vm.pattern().set(pattern);
            vm.save();
            assertThat(vm.errors()).as(pattern).containsOnlyKeys("numberPattern");
        }
        vm.pattern().set("{code}/{seq}/Diskominfo");
        vm.tembusan().set("Gubernur Kalimantan Barat\n" + "x".repeat(201));
        vm.save();
        assertThat(vm.errors()).containsOnlyKeys("tembusan");
        assertThat(vm.errors().get("tembusan")).isEqualTo("Terlalu panjang: paling banyak 200 karakter.");
        vm.tembusan().set("Yth. Pihak\n".repeat(11));
        vm.save();
        assertThat(vm.errors().get("tembusan")).isEqualTo("Tembusan paling banyak 10 baris.");
        assertThat(store.settings().signer()).isEmpty();
        vm.tembusan().set("Yth. Pihak\n".repeat(10));
        vm.save();
        assertThat(vm.errors()).isEmpty();
        assertThat(store.settings().tembusan()).hasSize(10);
    }
}
