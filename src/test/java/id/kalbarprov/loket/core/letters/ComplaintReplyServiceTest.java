package id.kalbarprov.loket.core.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kalbarprov.loket.core.auth.AccessDeniedException;
import id.kalbarprov.loket.core.auth.Actor;
import id.kalbarprov.loket.core.auth.Role;
import id.kalbarprov.loket.core.complaints.ComplainantKind;
import id.kalbarprov.loket.core.complaints.Complaint;
import id.kalbarprov.loket.core.complaints.ComplaintState;
import id.kalbarprov.loket.core.validation.ConcurrentChangeException;
import id.kalbarprov.loket.core.validation.ValidationException;
import id.kalbarprov.loket.core.validation.Violation;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class ComplaintReplyServiceTest {

    static final Actor KABID = new Actor(2, "rina", "Rina Kartika", Set.of(Role.KEPALA_BIDANG));
    static final Actor ANALIS = new Actor(4, "dedi", "Dedi Kurniawan", Set.of(Role.ANALIS));
    static final Actor LOKET = new Actor(3, "budi", "Budi Santoso", Set.of(Role.PETUGAS_LOKET));

    /** The complaint and its reply letters, read from the in-memory register the letters are issued to. */
    static final class Port implements ComplaintReplyPort {
        final InMemoryRegister register = new InMemoryRegister();
        Complaint complaint;
        final List<ReplyLetter> letters = register.replies(7);

        @Override
        public Optional<Complaint> find(long id) {
            if (complaint != null) {
                register.complaints.put(id, complaint);
            }
            return Optional.ofNullable(complaint);
        }

        @Override
        public List<ReplyLetter> replies(long id) {
            return register.replies(id);
        }
    }

    static Complaint complaint(boolean anonymous, ComplainantKind kind, String agency, ComplaintState state) {
        return new Complaint(7, "0007/PGD/2026", LocalDateTime.of(2026, 11, 16, 9, 0), 3, "WhatsApp", null,
                anonymous, anonymous ? null : "Rina Marlina", kind, agency == null ? null : 5L, agency, "0812",
                null, null, null, null, "Akun belum aktif.", state, 1L, "Pengaduan ringan", 5, null, null, null, null,
                2);
    }

    final Port port = new Port();
    final Clock clock = Clock.fixed(LocalDateTime.of(2026, 11, 23, 10, 0).atZone(ZoneId.systemDefault()).toInstant(),
            ZoneId.systemDefault());
    final ComplaintReplyService service = new ComplaintReplyService(port, new OutgoingLetterService(port.register,
            c -> new LetterRenderer.Rendered(("PDF " + c.number()).getBytes(StandardCharsets.UTF_8), 1), clock));

    static List<Tuple> problems(Throwable e) {
        return ((ValidationException) e).violations().stream().map(v -> new Tuple(v.field(), v.key())).toList();
    }

    @Test
    void onlyWhoMayIssueLettersGetsAReplyLetterAndTheStoreIsNotTouchedOtherwise() {
        port.complaint = complaint(false, ComplainantKind.MASYARAKAT, null, ComplaintState.DITINDAKLANJUTI);
        for (Actor wrong : List.of(ANALIS, LOKET)) {
            assertThatThrownBy(() -> service.issue(7, 2, "Jawaban.", "Jl. Merdeka 5", wrong))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> service.preview(7, 2, "Jawaban.", "Jl. Merdeka 5", wrong))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(port.register.writes).isEmpty();

        ReplyLetter issued = service.issue(7, 2, "  Jawaban.  ", " Jl. Merdeka 5 ", KABID);
        assertThat(issued.number()).isEqualTo("500.12/1/Diskominfo");
        assertThat(port.register.writes).containsExactly(
                "letter 500.12/1/Diskominfo BALASAN_PENGADUAN sha " + LetterIssuer.sha256(
                        "PDF 500.12/1/Diskominfo".getBytes(StandardCharsets.UTF_8)).substring(0, 8)
                        + " to Sdr. Rina Marlina/Jl. Merdeka 5 by Rina Kartika (rina)",
                "complaint 7 reply Jawaban.: Surat balasan Nomor 500.12/1/Diskominfo tanggal 23 November 2026 "
                        + "diterbitkan, kepada Sdr. Rina Marlina");
    }

    @Test
    void anAnonymousComplaintGetsAMessageInsteadOfALetter() {
        port.complaint = complaint(true, ComplainantKind.MASYARAKAT, null, ComplaintState.SELESAI);
        assertThatThrownBy(() -> service.issue(7, 2, "Jawaban.", "Jl. Merdeka 5", KABID))
                .satisfies(e -> assertThat(problems(e)).containsExactly(
                        new Tuple(ComplaintReplyService.REPLY, ComplaintReplyService.ANONYMOUS)));
        assertThat(ComplaintReplyService.refusal(port.complaint)).contains(ComplaintReplyService.ANONYMOUS);
        assertThat(port.register.writes).isEmpty();
    }

    @Test
    void aPersonWithoutAPostalAddressGetsAMessageAnAgencyOnlyNeedsItsTown() {
        port.complaint = complaint(false, ComplainantKind.MASYARAKAT, null, ComplaintState.DITINDAKLANJUTI);
        assertThatThrownBy(() -> service.issue(7, 2, "", " ", KABID)).satisfies(e -> assertThat(problems(e))
                .containsExactly(new Tuple(ComplaintReplyService.ANSWER, "validation.required"),
                        new Tuple(ComplaintReplyService.ADDRESS, ComplaintReplyService.NO_ADDRESS)));
        assertThat(ReplyLetters.addressee(port.complaint)).isEqualTo("Sdr. Rina Marlina");

        port.complaint = complaint(false, ComplainantKind.INSTANSI, "Dinas Kesehatan Provinsi Kalimantan Barat",
                ComplaintState.DITINDAKLANJUTI);
        assertThatThrownBy(() -> service.issue(7, 2, "Jawaban.", "", KABID)).satisfies(e -> assertThat(problems(e))
                .containsExactly(new Tuple(ComplaintReplyService.ADDRESS, "validation.required")));
        assertThat(ReplyLetters.addressee(port.complaint)).isEqualTo("Kepala Dinas Kesehatan Provinsi Kalimantan Barat");
        assertThat(port.register.writes).isEmpty();
    }

    @Test
    void onlyAFollowedUpOrSettledComplaintWithoutALiveLetterAndAsShownGetsOne() {
        for (ComplaintState s : List.of(ComplaintState.DITERIMA, ComplaintState.DIVERIFIKASI,
                ComplaintState.DITERUSKAN)) {
            port.complaint = complaint(false, ComplainantKind.MASYARAKAT, null, s);
            assertThatThrownBy(() -> service.issue(7, 2, "Jawaban.", "Jl. Merdeka 5", KABID))
                    .satisfies(e -> assertThat(problems(e)).extracting(t -> t.toList().get(1))
                            .containsExactly(ComplaintReplyService.WRONG_STATE));
        }
        port.complaint = complaint(false, ComplainantKind.MASYARAKAT, null, ComplaintState.SELESAI);
        assertThatThrownBy(() -> service.issue(7, 1, "Jawaban.", "Jl. Merdeka 5", KABID))
                .isInstanceOf(ConcurrentChangeException.class);
        port.letters.add(new ReplyLetter(9, "500.12/4/Diskominfo", LocalDate.of(2026, 11, 20), "x", "y", false, null));
        assertThatThrownBy(() -> service.issue(7, 2, "Jawaban.", "Jl. Merdeka 5", KABID))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::key, v -> v.args().get(0))
                        .containsExactly(new Tuple(ComplaintReplyService.EXISTS, "500.12/4/Diskominfo")));
        assertThat(port.register.writes).isEmpty();
    }

    @Test
    void theLettersPlaceholdersReadAsSentences() {
        Complaint c = new Complaint(7, "0007/PGD/2026", LocalDateTime.of(2026, 11, 16, 9, 0), 6, "SP4N-LAPOR!",
                "LAPOR-881", false, "Rina", ComplainantKind.MASYARAKAT, null, null, null, 3L,
                "Pelayanan Email Kedinasan", null, null, "Satu.\nDua.", ComplaintState.SELESAI, 1L, "R", 5, null,
                null, null, null, 2);
        var v = ReplyLetters.values(c, "Sudah aktif.");
        assertThat(v.get("saluran")).isEqualTo("SP4N-LAPOR! (LAPOR-881)");
        assertThat(v.get("tanggal_pengaduan")).isEqualTo("16 November 2026");
        assertThat(v.get("tentang_layanan")).isEqualTo(" mengenai layanan Email Kedinasan");
        assertThat(v.get("isi_pengaduan")).isEqualTo("Satu. Dua.");
        assertThat(v.get("nomor_agenda")).isEqualTo("-");
        assertThat(ReplyLetters.channel("Kotak pengaduan", null)).isEqualTo("kotak pengaduan");
        assertThat(ReplyLetters.channel("WhatsApp", null)).isEqualTo("WhatsApp");
        assertThat(Placeholders.unknown("{jawaban} {rincian}", Placeholders.known(LetterKind.BALASAN_PENGADUAN)))
                .containsExactly("{rincian}");
    }
}
