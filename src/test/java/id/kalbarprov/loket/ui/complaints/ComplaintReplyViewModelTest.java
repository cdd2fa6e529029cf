package id.kalbarprov.loket.ui.complaints;

import static org.assertj.core.api.Assertions.assertThat;

import id.kalbarprov.loket.Loket;
import id.kalbarprov.loket.core.complaints.ComplainantKind;
import id.kalbarprov.loket.core.complaints.ComplaintDraft;
import id.kalbarprov.loket.core.complaints.DeliveryChannel;
import id.kalbarprov.loket.core.letters.IssuedLetter;
import id.kalbarprov.loket.core.letters.LetterIssuer;
import id.kalbarprov.loket.core.letters.LetterKind;
import id.kalbarprov.loket.core.letters.Paper;
import id.kalbarprov.loket.documents.LetterPdf;
import id.kalbarprov.loket.store.LetterFixtures;
import id.kalbarprov.loket.ui.FxTestSupport;
import id.kalbarprov.loket.ui.common.I18n;
import id.kalbarprov.loket.ui.common.TaskRunner;
import id.kalbarprov.loket.ui.letters.Printing;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The complaint detail's reply letter without a window: issue, print and reprint the stored bytes. */
class ComplaintReplyViewModelTest {

    @TempDir
    Path dir;
    Loket loket;
    final FxTestSupport.RecordingDialogs dialogs = new FxTestSupport.RecordingDialogs();
    final List<byte[]> printed = new ArrayList<>();
    ComplaintDetailViewModel vm;
    long id;

    @BeforeEach
    void open() {
        loket = FxTestSupport.open(dir);
        loket.signIn(LetterFixtures.KABID);
        loket.outgoing().saveSettings(LetterFixtures.ADMIN, LetterFixtures.form(LetterFixtures.SIGNER));
        Printing printer = new Printing() {
            @Override
            public List<String> printers() {
                return List.of("Epson L3110");
            }

            @Override
            public void print(byte[] pdf, String name, Paper paper, int copies) {
                printed.add(pdf);
            }
        };
        I18n i18n = new I18n(I18n.INDONESIAN);
        ComplaintsContext ctx = new ComplaintsContext(loket.complaints(), loket.complaintService(), loket.reference(),
                loket.letters(), loket::actor, loket::calendar, FxTestSupport.clock(), TaskRunner.direct(), dialogs,
                i18n, new ComplaintReplies(loket.complaintReplies(), loket.outgoing(), new LetterPdf(), printer));
        vm = new ComplaintDetailViewModel(ctx, () -> { });
        long ch = loket.reference().complaintChannels().get(0).id();
        id = loket.complaintService().register(new ComplaintDraft(LocalDateTime.of(2026, 11, 18, 9, 0), ch, null,
                false, "Agus Salim", ComplainantKind.INSTANSI, 5L, "0812 1111 2222", null, null,
                "Jaringan di gedung B putus berulang kali."), LetterFixtures.LOKET).id();
        loket.complaintService().verify(id, 0, loket.reference().complaintCategories().get(0).id(), null,
                loket.actor());
        loket.complaintService().followUp(id, 1, "Switch diganti.", loket.actor());
        vm.load(id);
    }

    @Test
    void anAgencyReplyIsPrefilledIssuedAndEveryPrintIsTheStoredPdf() {
        assertThat(vm.canIssue()).isTrue();
        assertThat(vm.replyRefusal()).isNull();
        assertThat(vm.replyAddress().get()).isEqualTo("Pontianak");
        vm.replyAnswer().set("Switch jaringan gedung B telah diganti pada 20 November 2026.");

        vm.issueReply();

        assertThat(dialogs.shown).noneMatch(s -> s.startsWith("error") || s.startsWith("unexpected"));
        assertThat(vm.liveReply()).isPresent();
        IssuedLetter row = loket.outgoing().issued(5).get(0);
        assertThat(row.kind()).isEqualTo(LetterKind.BALASAN_PENGADUAN);
        assertThat(row.agency()).isEqualTo("Dinkes");
        assertThat(vm.printer().get()).isEqualTo("Epson L3110");
        // closing now offers the letter's answer and delivery by letter
        assertThat(vm.answer().get()).isEqualTo("Switch jaringan gedung B telah diganti pada 20 November 2026.");
        assertThat(vm.delivery().get()).isEqualTo(DeliveryChannel.SURAT);

        vm.printReply();
        vm.printReply();

        assertThat(printed).hasSize(2);
        assertThat(LetterIssuer.sha256(printed.get(0))).isEqualTo(row.sha256());
        assertThat(printed.get(1)).isEqualTo(printed.get(0));
        assertThat(vm.replyStatus().get()).contains(row.number(), "Epson L3110");
    }
}
