package id.kalbarprov.loket.core.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kalbarprov.loket.core.auth.AccessDeniedException;
import id.kalbarprov.loket.core.auth.Actor;
import id.kalbarprov.loket.core.auth.Role;
import id.kalbarprov.loket.core.catalog.ServiceKind;
import id.kalbarprov.loket.core.complaints.ComplainantKind;
import id.kalbarprov.loket.core.complaints.Complaint;
import id.kalbarprov.loket.core.complaints.ComplaintState;
import id.kalbarprov.loket.core.request.RequestState;
import id.kalbarprov.loket.core.request.TransitionNotAllowedException;
import id.kalbarprov.loket.core.validation.ConcurrentChangeException;
import id.kalbarprov.loket.core.validation.ValidationException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The outgoing-letter workflow on an in-memory register: no database, no PDF library. */
class OutgoingLetterServiceTest {

    static final Actor KABID = new Actor(2, "rina", "Rina Kartika", Set.of(Role.KEPALA_BIDANG));
    static final Actor ADMIN = new Actor(1, "admin", "Admin Loket", Set.of(Role.ADMIN));
    static final Actor LOKET = new Actor(3, "budi", "Budi Santoso", Set.of(Role.PETUGAS_LOKET));
    static final Actor ANALIS = new Actor(4, "dedi", "Dedi Kurniawan", Set.of(Role.ANALIS));

    final InMemoryRegister register = new InMemoryRegister();
    final List<String> rendered = new ArrayList<>();
    final Clock clock = Clock.fixed(LocalDateTime.of(2026, 11, 23, 10, 0).atZone(ZoneId.systemDefault())
            .toInstant(), ZoneId.systemDefault());
    final OutgoingLetterService service = new OutgoingLetterService(register, this::render, clock);
    final ComplaintReplyService replies = new ComplaintReplyService(new ComplaintReplyPort() {
        @Override
        public Optional<Complaint> find(long id) {
            return Optional.ofNullable(register.complaints.get(id));
        }

        @Override
        public List<ReplyLetter> replies(long id) {
            return register.replies(id);
        }
    }, service);

    LetterRenderer.Rendered render(LetterContent c) {
        rendered.add(c.number() + " " + c.subject());
        return new LetterRenderer.Rendered(("PDF " + c.number()).getBytes(StandardCharsets.UTF_8), 1);
    }

    long request(long id, RequestState state, int version) {
        register.requests.put(id, new RequestFacts(id, version, state, ServiceKind.EMAIL, "Pelayanan Email Kedinasan",
                "Dinas Kesehatan Provinsi Kalimantan Barat", "0001/SM/2026", "800/1/Dinkes", LocalDate.of(2026, 11, 2),
                "Permohonan email", "Akun dibuat", "Surat belum ditandatangani", "Bukan layanan kami"));
        return id;
    }

    Complaint complaint(long id, int version) {
        Complaint c = new Complaint(id, "0007/PGD/2026", LocalDateTime.of(2026, 11, 16, 9, 0), 3, "WhatsApp", null,
                false, "Rina Marlina", ComplainantKind.MASYARAKAT, null, null, "0812", null, null, null, null,
                "Akun belum aktif.", ComplaintState.DITINDAKLANJUTI, 1L, "Pengaduan ringan", 5, null, null, null,
                null, version);
        register.complaints.put(id, c);
        return c;
    }

    @Test
    void onlyWhoMayIssueLettersIssuesCancelsOrRecordsDeliveryAndNothingIsWrittenOtherwise() {
        request(1, RequestState.SIAP_SURAT, 3);
        for (Actor wrong : List.of(LOKET, ANALIS, ADMIN)) {
            assertThatThrownBy(() -> service.issue(wrong, 1, 3)).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(register.serials).isEmpty();
        assertThat(register.writes).isEmpty();
        assertThat(rendered).isEmpty();

        IssuedLetter issued = service.issue(KABID, 1, 3);
        for (Actor wrong : List.of(LOKET, ANALIS)) {
            assertThatThrownBy(() -> service.cancel(wrong, issued.id(), "Salah alamat"))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> service.recordDelivery(wrong, issued.id(), Delivery.LANGSUNG,
                    LocalDate.of(2026, 11, 23), "Andi")).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(register.cancelled).containsExactly(false);
    }

    @Test
    void settingsAndTemplatesAreTheAdministratorsAndAreCheckedBeforeTheStoreSeesThem() {
        Map<ServiceKind, String> codes = new EnumMap<>(ServiceKind.class);
        for (ServiceKind k : ServiceKind.values()) {
            codes.put(k, " 500.12.6 ");
        }
        LetterForm form = new LetterForm(new Signer(" Dr. Hendra ", "Kepala Dinas", "Pembina",
                "19650916 199303 1 002", false), List.of(), Paper.A4, "{code}/{seq}/Diskominfo", codes);
        assertThatThrownBy(() -> service.saveSettings(KABID, form)).isInstanceOf(AccessDeniedException.class);
        LetterTemplate t = register.template(ServiceKind.EMAIL, LetterKind.SELESAI);
        assertThatThrownBy(() -> service.saveTemplate(KABID, t)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.saveTemplate(ADMIN, new LetterTemplate(t.service(), t.kind(), t.subject(),
                t.body() + " {nama_petugas}", t.version()))).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> service.saveSettings(ADMIN, form, " ")).isInstanceOf(ValidationException.class);
        assertThat(register.writes).isEmpty();

        service.saveSettings(ADMIN, form, "500.12");
        assertThat(service.saveTemplate(ADMIN, t).version()).isEqualTo(2);
        assertThat(register.writes).containsExactly("settings 196509161993031002 by Admin Loket (admin)",
                "template SELESAI by Admin Loket (admin)");
    }

    @Test
    void issuingADoneLetterFinishesTheRequestAsRequestStateAllows() {
        request(1, RequestState.SIAP_SURAT, 3);

        IssuedLetter issued = service.issue(KABID, 1, 3);

        assertThat(issued.number()).isEqualTo("500.12.6/1/Diskominfo");
        assertThat(issued.letterDate()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(issued.sha256()).isEqualTo(LetterIssuer.sha256(service.pdf(issued.id())));
        assertThat(register.requests.get(1L).state()).isEqualTo(RequestState.SELESAI);
        assertThat(register.requests.get(1L).version()).isEqualTo(4);
        assertThat(register.writes).last().asString()
                .isEqualTo("request 1 SIAP_SURAT->SELESAI: Surat konfirmasi Nomor 500.12.6/1/Diskominfo diterbitkan");
        assertThat(LetterSubject.stateAfter(RequestState.SIAP_SURAT, LetterKind.SELESAI))
                .isEqualTo(RequestState.SELESAI);
    }

    @Test
    void aReturnedOrRefusedRequestGetsItsLetterAndKeepsItsState() {
        request(1, RequestState.DIKEMBALIKAN, 3);
        request(2, RequestState.DITOLAK, 3);

        service.issue(KABID, 1, 3);
        service.issue(KABID, 2, 3);

        assertThat(register.requests.get(1L).state()).isEqualTo(RequestState.DIKEMBALIKAN);
        assertThat(register.requests.get(2L).version()).isEqualTo(3);
        assertThat(register.writes).filteredOn(w -> w.startsWith("request"))
                .containsExactly("request 1 DIKEMBALIKAN->DIKEMBALIKAN: Surat konfirmasi Nomor 500.12.6/1/Diskominfo "
                                + "diterbitkan",
                        "request 2 DITOLAK->DITOLAK: Surat konfirmasi Nomor 500.12.6/2/Diskominfo diterbitkan");
        assertThatThrownBy(() -> service.issue(KABID, 2, 3)).isInstanceOf(ConcurrentChangeException.class);
    }

    @Test
    void aStateThatGetsNoLetterIsRefusedByTheStateRuleAndNoNumberIsTaken() {
        request(1, RequestState.DIPROSES, 3);
        assertThatThrownBy(() -> service.issue(KABID, 1, 3))
                .isInstanceOfSatisfying(TransitionNotAllowedException.class,
                        e -> assertThat(e.from()).isEqualTo(RequestState.DIPROSES));
        assertThatThrownBy(() -> LetterSubject.stateAfter(RequestState.DIPROSES, LetterKind.SELESAI))
                .isInstanceOf(TransitionNotAllowedException.class);
        assertThat(register.serials).isEmpty();
        assertThat(register.letters).isEmpty();
        assertThat(register.requests.get(1L).state()).isEqualTo(RequestState.DIPROSES);
    }

    @Test
    void aRequestChangedSinceItWasShownIsRefusedAndNoNumberIsTaken() {
        request(1, RequestState.SIAP_SURAT, 4);
        assertThatThrownBy(() -> service.issue(KABID, 1, 3)).isInstanceOf(ConcurrentChangeException.class);
        assertThatThrownBy(() -> service.issue(KABID, 99, 1)).isInstanceOf(ConcurrentChangeException.class);
        assertThat(register.serials).isEmpty();
        assertThat(register.writes).isEmpty();
    }

    @Test
    void withoutASignerOrWithAFailedRenderingNothingIsKept() {
        request(1, RequestState.SIAP_SURAT, 3);
        register.signer = Optional.empty();
        assertThatThrownBy(() -> service.issue(KABID, 1, 3)).isInstanceOf(SignerMissingException.class);
        register.signer = Optional.of(InMemoryRegister.SIGNER);
        OutgoingLetterService broken = new OutgoingLetterService(register, c -> {
            throw new IllegalStateException("font missing");
        }, clock);
        assertThatThrownBy(() -> broken.issue(KABID, 1, 3)).hasMessageContaining("font missing");
        assertThat(register.serials).isEmpty();
        assertThat(register.letters).isEmpty();
        assertThat(register.requests.get(1L).state()).isEqualTo(RequestState.SIAP_SURAT);

        assertThat(service.issue(KABID, 1, 3).number()).isEqualTo("500.12.6/1/Diskominfo");
    }

    @Test
    void aConfirmationLetterAndAComplaintReplyGoThroughTheOneIssuingPath() {
        request(1, RequestState.SIAP_SURAT, 3);
        complaint(7, 2);

        IssuedLetter confirmation = service.issue(KABID, 1, 3);
        ReplyLetter reply = replies.issue(7, 2, "Akun sudah aktif.", "Jl. Merdeka 5, Pontianak", KABID);

        // one serial per year for both kinds, the same renderer, SHA-256 and register row
        assertThat(register.serials).containsExactly(Map.entry(2026, 2L));
        assertThat(confirmation.number()).isEqualTo("500.12.6/1/Diskominfo");
        assertThat(reply.number()).isEqualTo("500.12/2/Diskominfo");
        assertThat(rendered).containsExactly("500.12.6/1/Diskominfo Konfirmasi Email Kedinasan",
                "500.12/2/Diskominfo Balasan Pengaduan 0007/PGD/2026");
        assertThat(register.letters).extracting(NewOutgoingLetter::kind, NewOutgoingLetter::letterId,
                        NewOutgoingLetter::complaintId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(LetterKind.SELESAI, 1L, null),
                        org.assertj.core.groups.Tuple.tuple(LetterKind.BALASAN_PENGADUAN, null, 7L));
        assertThat(register.letters).allSatisfy(l -> assertThat(l.sha256()).isEqualTo(LetterIssuer.sha256(l.pdf())));
        assertThat(service.issued(10)).extracting(IssuedLetter::complaintReply).containsExactly(true, false);
        // each subject's own part: the request finished, the complaint's history
        assertThat(register.writes).filteredOn(w -> w.startsWith("request") || w.startsWith("complaint"))
                .containsExactly("request 1 SIAP_SURAT->SELESAI: Surat konfirmasi Nomor 500.12.6/1/Diskominfo "
                                + "diterbitkan",
                        "complaint 7 reply Akun sudah aktif.: Surat balasan Nomor 500.12/2/Diskominfo tanggal "
                                + "23 November 2026 diterbitkan, kepada Sdr. Rina Marlina");

        service.cancel(KABID, reply.id(), "  Salah alamat ");
        assertThat(register.writes).last().asString().isEqualTo("cancel 500.12/2/Diskominfo: Salah alamat | "
                + "complaint history: Surat balasan Nomor 500.12/2/Diskominfo dibatalkan: Salah alamat");
    }

    @Test
    void aDeliveryBeforeTheLetterOrInTheFutureIsRefusedNamingTheDate() {
        request(1, RequestState.SIAP_SURAT, 3);
        IssuedLetter issued = service.issue(KABID, 1, 3);
        assertThatThrownBy(() -> service.recordDelivery(KABID, issued.id(), Delivery.LANGSUNG,
                LocalDate.of(2026, 11, 24), "Andi")).isInstanceOfSatisfying(ValidationException.class,
                    e -> assertThat(e.violations()).extracting(v -> v.field() + ":" + v.key())
                            .containsExactly("deliveredOn:validation.inFuture"));
        assertThatThrownBy(() -> service.recordDelivery(KABID, issued.id(), Delivery.LANGSUNG,
                LocalDate.of(2026, 11, 20), "Andi")).isInstanceOfSatisfying(ValidationException.class,
                    e -> assertThat(e.violations()).extracting(v -> v.key() + " " + v.args())
                            .containsExactly(OutgoingLetterService.DELIVERED_BEFORE_LETTER + " [23-11-2026]"));
        service.recordDelivery(KABID, issued.id(), Delivery.LANGSUNG, LocalDate.of(2026, 11, 23), " Andi ");
        assertThat(register.writes).last().asString().isEqualTo("delivery 1 LANGSUNG 2026-11-23 Andi");
    }
}
