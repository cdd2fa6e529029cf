package id.kalbarprov.loket.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kalbarprov.loket.core.auth.AccessDeniedException;
import id.kalbarprov.loket.core.calendar.WorkingCalendar;
import id.kalbarprov.loket.core.catalog.ComplaintCategory;
import id.kalbarprov.loket.core.catalog.ComplaintChannel;
import id.kalbarprov.loket.core.complaints.ComplainantKind;
import id.kalbarprov.loket.core.complaints.ComplaintDraft;
import id.kalbarprov.loket.core.complaints.ComplaintHistory;
import id.kalbarprov.loket.core.complaints.ComplaintService;
import id.kalbarprov.loket.core.complaints.DeliveryChannel;
import id.kalbarprov.loket.core.letters.ComplaintReplyService;
import id.kalbarprov.loket.core.letters.IssuedLetter;
import id.kalbarprov.loket.core.letters.LetterIssuer;
import id.kalbarprov.loket.core.letters.LetterKind;
import id.kalbarprov.loket.core.letters.LetterRenderer;
import id.kalbarprov.loket.core.letters.OutgoingLetterService;
import id.kalbarprov.loket.core.letters.ReplyLetter;
import id.kalbarprov.loket.core.letters.SignerMissingException;
import id.kalbarprov.loket.core.request.RequestState;
import id.kalbarprov.loket.core.validation.ValidationException;
import id.kalbarprov.loket.core.validation.Violation;
import id.kalbarprov.loket.documents.LetterPdf;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

/** Reply letters to complaints in the one outgoing register (decision 0011), on a real database file. */
@OnBothBackends
class ComplaintReplyStoreTest {

    @Parameter
    Backend backend;

    @TempDir
    Path dir;
    Database db;
    Clock clock = LetterFixtures.clock();
    OutgoingLetterService outgoing;
    ComplaintStore complaints;
    ComplaintService service;
    ComplaintReplyService replies;
    List<ComplaintChannel> channels;
    List<ComplaintCategory> categories;

    @BeforeEach
    void open() {
        db = backend.open(dir);
        ReferenceStore ref = new ReferenceStore(db);
        WorkingCalendar cal = ref.calendar(new SettingsStore(db));
        complaints = new ComplaintStore(db, () -> cal, clock);
        channels = ref.complaintChannels();
        categories = ref.complaintCategories();
        service = new ComplaintService(complaints, () -> channels, () -> categories, clock);
        outgoing = new OutgoingLetterService(new OutgoingLetterStore(db), new LetterPdf(), clock);
        replies = replies(new LetterPdf());
    }

    ComplaintReplyService replies(LetterRenderer renderer) {
        return new ComplaintReplyService(new ComplaintReplyStore(db, complaints),
                new OutgoingLetterService(new OutgoingLetterStore(db), renderer, clock));
    }

    /** A complaint from {@code kind}, verified and followed up. */
    long followedUp(ComplainantKind kind, Long agencyId, boolean anonymous) {
        long ch = channels.stream().filter(c -> c.code().equals("LAPOR")).findFirst().orElseThrow().id();
        long id = service.register(new ComplaintDraft(LetterFixtures.NOW.minusDays(3), ch, "LAPOR-5512",
                anonymous, anonymous ? null : "Rina Marlina", kind, agencyId, "0812 3456 7890", 3L, null,
                "Akun email kedinasan belum aktif sejak minggu lalu.\nSudah dua kali menghubungi loket."),
                LetterFixtures.LOKET).id();
        service.verify(id, 0, categories.get(0).id(), null, LetterFixtures.KABID);
        service.followUp(id, 1, "Akun diaktifkan ulang oleh Bidang Aplikasi Informatika.", LetterFixtures.KABID);
        return id;
    }

    int v(long id) {
        return complaints.find(id).orElseThrow().version();
    }

    int count(String sql) {
        return db.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Integer.class).one());
    }

    static String text(byte[] pdf) throws Exception {
        try (var doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    @Test
    void aReplyTakesTheNextNumberOfTheOneRegisterAndIsStoredWithItsHistory() throws Exception {
        outgoing.saveSettings(LetterFixtures.ADMIN, LetterFixtures.form(LetterFixtures.SIGNER));
        var confirmation = outgoing.issue(LetterFixtures.KABID,
                LetterFixtures.request(db, RequestState.SIAP_SURAT, 1), 3);
        long id = followedUp(ComplainantKind.MASYARAKAT, null, false);

        ReplyLetter reply = replies.issue(id, v(id), "Akun Saudara telah aktif kembali sejak 20 November 2026.",
                "Jl. Merdeka No. 5, Pontianak 78111", LetterFixtures.KABID);

        assertThat(confirmation.number()).isEqualTo("500.12.6/1/Diskominfo");
        assertThat(reply.number()).isEqualTo("500.12/2/Diskominfo");
        assertThat(reply.letterDate()).isEqualTo(LocalDate.of(2026, 11, 23));
        var row = outgoing.issued(10).get(0);
        assertThat(row.kind()).isEqualTo(LetterKind.BALASAN_PENGADUAN);
        assertThat(row.complaintReply()).isTrue();
        assertThat(row.complaintNumber()).isEqualTo("0001/PGD/2026");
        assertThat(row.agency()).isEqualTo("Rina Marlina");
        assertThat(outgoing.issued(10)).extracting(IssuedLetter::number)
                .containsExactly("500.12/2/Diskominfo", "500.12.6/1/Diskominfo");

        byte[] pdf = outgoing.pdf(reply.id());
        assertThat(LetterIssuer.sha256(pdf)).isEqualTo(row.sha256());
        assertThat(outgoing.pdf(reply.id())).isEqualTo(pdf);
        String text = text(pdf);
        assertThat(text).contains("500.12/2/Diskominfo", "Jawaban atas Pengaduan 0001/PGD/2026", "Sdr. Rina Marlina",
                "Jl. Merdeka No. 5, Pontianak 78111", "20 November 2026 melalui SP4N-LAPOR! (LAPOR-5512)",
                "mengenai layanan Email Kedinasan",
                "Akun email kedinasan belum aktif sejak minggu lalu. Sudah dua kali menghubungi loket.",
                "Akun Saudara telah aktif kembali sejak 20 November 2026.", "NIP. 19650916 199303 1 002");

        List<ComplaintHistory> history = complaints.history(id);
        assertThat(history.get(history.size() - 1).note()).contains("Surat balasan Nomor 500.12/2/Diskominfo",
                "Sdr. Rina Marlina");
        assertThat(v(id)).isEqualTo(3);
        assertThat(AuditLog.forEntity(db.jdbi(), "outgoing_letter", reply.id())).extracting(AuditLog.Entry::action)
                .containsExactly("issue");
        assertThat(AuditLog.forEntity(db.jdbi(), "complaint", id)).extracting(AuditLog.Entry::action)
                .contains("reply");
        assertThat(AuditLog.verify(db.jdbi()).ok()).isTrue();
        assertThat(replies.live(id)).map(ReplyLetter::number).contains("500.12/2/Diskominfo");
    }

    @Test
    void anAgencyComplaintIsAnsweredToTheHeadOfTheAgency() throws Exception {
        outgoing.saveSettings(LetterFixtures.ADMIN, LetterFixtures.form(LetterFixtures.SIGNER));
        long id = followedUp(ComplainantKind.INSTANSI, 5L, false);
        ReplyLetter reply = replies.issue(id, v(id), "Akun telah aktif.", "Pontianak", LetterFixtures.KABID);
        assertThat(reply.addressee()).startsWith("Kepala Dinas Kesehatan");
        assertThat(text(outgoing.pdf(reply.id()))).contains("Yth. Kepala Dinas Kesehatan");
    }

    @Test
    void aFailedRenderingLeavesNothingHalfSaved() {
        outgoing.saveSettings(LetterFixtures.ADMIN, LetterFixtures.form(LetterFixtures.SIGNER));
        long id = followedUp(ComplainantKind.MASYARAKAT, null, false);
        int history = count("SELECT count(*) FROM complaint_history");
        int audit = count("SELECT count(*) FROM audit_log");
        ComplaintReplyService broken = replies(content -> {
            throw new IllegalStateException("printer font missing");
        });

        assertThatThrownBy(() -> broken.issue(id, v(id), "Jawaban.", "Jl. Merdeka No. 5", LetterFixtures.KABID))
                .hasMessageContaining("font");

        assertThat(count("SELECT count(*) FROM outgoing_letter")).isZero();
        assertThat(count("SELECT count(*) FROM outgoing_counter")).isZero();
        assertThat(count("SELECT count(*) FROM complaint_history")).isEqualTo(history);
        assertThat(count("SELECT count(*) FROM audit_log")).isEqualTo(audit);
        assertThat(v(id)).isEqualTo(2);
        // the serial was not burned: the next letter is number 1
        assertThat(replies.issue(id, v(id), "Jawaban.", "Jl. Merdeka No. 5", LetterFixtures.KABID).number())
                .isEqualTo("500.12/1/Diskominfo");
    }

    @Test
    void withoutASignerOrWithTheWrongRoleNothingIsIssued() {
        long id = followedUp(ComplainantKind.MASYARAKAT, null, false);
        assertThatThrownBy(() -> replies.issue(id, v(id), "Jawaban.", "Jl. Merdeka", LetterFixtures.KABID))
                .isInstanceOf(SignerMissingException.class);
        outgoing.saveSettings(LetterFixtures.ADMIN, LetterFixtures.form(LetterFixtures.SIGNER));
        assertThatThrownBy(() -> replies.issue(id, v(id), "Jawaban.", "Jl. Merdeka", LetterFixtures.LOKET))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(count("SELECT count(*) FROM outgoing_letter")).isZero();
        assertThat(count("SELECT count(*) FROM outgoing_counter")).isZero();
    }

    @Test
    void anAnonymousComplaintGetsAMessageInsteadOfALetter() {
        outgoing.saveSettings(LetterFixtures.ADMIN, LetterFixtures.form(LetterFixtures.SIGNER));
        long id = followedUp(ComplainantKind.MASYARAKAT, null, true);
        assertThatThrownBy(() -> replies.issue(id, v(id), "Jawaban.", "Jl. Merdeka", LetterFixtures.KABID))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::key).containsExactly(ComplaintReplyService.ANONYMOUS));
        assertThat(count("SELECT count(*) FROM outgoing_letter")).isZero();
    }

    @Test
    void aCancelledReplyIsNotedOnTheComplaintAndANewOneGetsANewNumber() {
        outgoing.saveSettings(LetterFixtures.ADMIN, LetterFixtures.form(LetterFixtures.SIGNER));
        long id = followedUp(ComplainantKind.MASYARAKAT, null, false);
        ReplyLetter first = replies.issue(id, v(id), "Jawaban.", "Jl. Merdeka No. 5", LetterFixtures.KABID);
        assertThatThrownBy(() -> replies.issue(id, v(id), "Lagi.", "Jl. Merdeka No. 5", LetterFixtures.KABID))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::key).containsExactly(ComplaintReplyService.EXISTS));

        outgoing.cancel(LetterFixtures.KABID, first.id(), "Salah alamat");

        assertThat(complaints.history(id).get(complaints.history(id).size() - 1).note())
                .isEqualTo("Surat balasan Nomor 500.12/1/Diskominfo dibatalkan: Salah alamat");
        assertThat(replies.live(id)).isEmpty();
        ReplyLetter second = replies.issue(id, v(id), "Jawaban.", "Jl. Merdeka No. 7", LetterFixtures.KABID);
        assertThat(second.number()).isEqualTo("500.12/2/Diskominfo");
        assertThat(replies.replies(id)).extracting(ReplyLetter::number, ReplyLetter::cancelled)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("500.12/2/Diskominfo", false),
                        org.assertj.core.groups.Tuple.tuple("500.12/1/Diskominfo", true));
        // an issued reply cannot be changed in the database either
        assertThatThrownBy(() -> db.jdbi().useHandle(h -> h.execute(
                "UPDATE complaint_reply SET answer = 'lain' WHERE outgoing_id = ?", first.id())))
                .hasMessageContaining("never changed");
    }

    @Test
    void theRepliesClassificationCodeIsSavedWithThePenandatanganTab() {
        assertThatThrownBy(() -> outgoing.saveSettings(LetterFixtures.ADMIN,
                LetterFixtures.form(LetterFixtures.SIGNER), " "))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly(OutgoingLetterService.REPLY_CODE_FIELD));
        assertThat(outgoing.settings().signer()).isEmpty();
        outgoing.saveSettings(LetterFixtures.ADMIN, LetterFixtures.form(LetterFixtures.SIGNER), "000.9.2");
        long id = followedUp(ComplainantKind.MASYARAKAT, null, false);
        assertThat(replies.issue(id, v(id), "Jawaban.", "Jl. Merdeka 5", LetterFixtures.KABID).number())
                .isEqualTo("000.9.2/1/Diskominfo");
    }

    @Test
    void aClosedComplaintCanStillBeAnsweredByLetter() {
        outgoing.saveSettings(LetterFixtures.ADMIN, LetterFixtures.form(LetterFixtures.SIGNER));
        long id = followedUp(ComplainantKind.MASYARAKAT, null, false);
        service.close(id, v(id), "Akun telah aktif.", DeliveryChannel.TELEPON, LocalDate.of(2026, 11, 23),
                LetterFixtures.KABID);
        assertThat(replies.issue(id, v(id), "Akun telah aktif.", "Jl. Merdeka No. 5", LetterFixtures.KABID).number())
                .isEqualTo("500.12/1/Diskominfo");
    }
}
