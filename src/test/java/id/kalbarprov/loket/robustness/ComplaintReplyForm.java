package id.kalbarprov.loket.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import id.kalbarprov.loket.Loket;
import id.kalbarprov.loket.core.catalog.ComplaintChannel;
import id.kalbarprov.loket.core.complaints.ComplainantKind;
import id.kalbarprov.loket.core.complaints.ComplaintDraft;
import id.kalbarprov.loket.core.letters.ComplaintReplyService;
import id.kalbarprov.loket.core.letters.Paper;
import id.kalbarprov.loket.core.letters.ReplyLetter;
import id.kalbarprov.loket.documents.LetterPdf;
import id.kalbarprov.loket.store.LetterFixtures;
import id.kalbarprov.loket.ui.common.TaskRunner;
import id.kalbarprov.loket.ui.complaints.ComplaintDetailViewModel;
import id.kalbarprov.loket.ui.complaints.ComplaintReplies;
import id.kalbarprov.loket.ui.complaints.ComplaintsContext;
import id.kalbarprov.loket.ui.letters.Printing;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * Pengaduan → detail → Surat balasan: the answer and the addressee's place typed at random, then
 * "Terbitkan" through {@link ComplaintDetailViewModel#issueReply}. Each attempt is on a complaint being
 * followed up, from a person (the place is required) or an agency (a place is required too); an
 * accepted one holds a numbered letter with the answer as typed.
 */
final class ComplaintReplyForm extends VmForm {

    private final Loket loket;
    private final ComplaintDetailViewModel vm;
    private final ComplaintChannel channel;
    private final LocalDateTime now;
    private long current;
    private String typedAnswer;
    private String typedPlace;

    ComplaintReplyForm(Loket loket) {
        super(loket.database());
        this.loket = loket;
        dialogs.answer = true; // "Terbitkan surat balasan?" — yes
        loket.outgoing().saveSettings(loket.actor(), LetterFixtures.form(LetterFixtures.SIGNER));
        Printing none = new Printing() {
            @Override
            public List<String> printers() {
                return List.of();
            }

            @Override
            public void print(byte[] pdf, String name, Paper paper, int copies) {
                throw new AssertionError("this form does not print");
            }
        };
        ComplaintsContext ctx = new ComplaintsContext(loket.complaints(), loket.complaintService(), loket.reference(),
                loket.letters(), loket::actor, loket::calendar, loket.clock(), TaskRunner.direct(), dialogs, i18n,
                new ComplaintReplies(loket.complaintReplies(), loket.outgoing(), new LetterPdf(), none));
        vm = new ComplaintDetailViewModel(ctx, () -> { });
        channel = loket.reference().complaintChannels().stream().filter(c -> !c.needsReference()).findFirst()
                .orElseThrow();
        now = LocalDateTime.now(loket.clock());
    }

    @Override
    public String name() {
        return "complaint reply letter";
    }

    @Override
    public Filled fill(Random r) {
        boolean agency = r.nextBoolean();
        current = loket.complaintService().register(new ComplaintDraft(now.minusDays(1 + r.nextInt(10)),
                channel.id(), null, false, "Rina Marlina", agency ? ComplainantKind.INSTANSI : ComplainantKind.MASYARAKAT,
                agency ? loket.reference().agencies().get(r.nextInt(20)).id() : null, "0812 3456 7890", null, null,
                "Akun surel kedinasan belum bisa dipakai."), loket.actor()).id();
        loket.complaintService().verify(current, 0, loket.reference().complaintCategories().get(0).id(), null,
                loket.actor());
        loket.complaintService().followUp(current, 1, "Diperiksa oleh Bidang Aplikasi Informatika.", loket.actor());
        vm.load(current);
        assertThat(vm.replyRefusal()).as("a reply is possible").isNull();
        Set<String> bad = new TreeSet<>();
        typedAnswer = mark(bad, ComplaintReplyService.ANSWER, Values.requiredText(r, ComplaintReplyService.MAX_ANSWER));
        typedPlace = mark(bad, ComplaintReplyService.ADDRESS,
                Values.requiredText(r, ComplaintReplyService.MAX_ADDRESS));
        vm.replyAnswer().set(typedAnswer);
        vm.replyAddress().set(typedPlace);
        return new Filled(bad, (agency ? "agency" : "person") + " / answer " + shorten(typedAnswer) + " / place "
                + shorten(typedPlace));
    }

    @Override
    public void submit() {
        vm.issueReply();
    }

    @Override
    public Map<String, String> fieldMessages() {
        return vm.errors();
    }

    @Override
    public Set<String> shownFields() {
        return Set.of(ComplaintReplyService.ANSWER, ComplaintReplyService.ADDRESS);
    }

    @Override
    public Map<String, Object> state() {
        // The complaint itself is made fresh in fill(); what a refusal must not touch is below.
        return read("SELECT count(*) FROM outgoing_letter", "SELECT count(*) FROM complaint_reply",
                "SELECT count(*) FROM complaint_history WHERE complaint_id = " + current,
                "SELECT coalesce(max(seq), 0) FROM outgoing_letter");
    }

    @Override
    public void checkSaved(Filled filled) {
        ReplyLetter live = vm.liveReply().orElseThrow(() -> new AssertionError("no live reply letter"));
        assertThat(live.number()).isNotBlank();
        assertThat(loket.complaintReplies().live(current)).get().extracting(ReplyLetter::id).isEqualTo(live.id());
        assertThat(live.answer()).as("the answer as typed").isEqualTo(typedAnswer.strip());
        assertThat(vm.answer().get()).as("closing offers the letter's answer").isEqualTo(typedAnswer.strip());
    }
}
