package id.kalbarprov.loket.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kalbarprov.loket.core.auth.AccessDeniedException;
import id.kalbarprov.loket.core.auth.Actor;
import id.kalbarprov.loket.core.auth.Permission;
import id.kalbarprov.loket.core.auth.Role;
import id.kalbarprov.loket.core.calendar.WorkingCalendar;
import id.kalbarprov.loket.core.catalog.ComplaintCategory;
import id.kalbarprov.loket.core.catalog.ComplaintChannel;
import id.kalbarprov.loket.core.catalog.ServiceKind;
import id.kalbarprov.loket.core.complaints.ComplainantKind;
import id.kalbarprov.loket.core.complaints.Complaint;
import id.kalbarprov.loket.core.complaints.ComplaintDraft;
import id.kalbarprov.loket.core.complaints.ComplaintFields;
import id.kalbarprov.loket.core.complaints.ComplaintFilter;
import id.kalbarprov.loket.core.complaints.ComplaintHistory;
import id.kalbarprov.loket.core.complaints.ComplaintRow;
import id.kalbarprov.loket.core.complaints.ComplaintService;
import id.kalbarprov.loket.core.complaints.ComplaintState;
import id.kalbarprov.loket.core.complaints.ComplaintTransitionException;
import id.kalbarprov.loket.core.complaints.DeliveryChannel;
import id.kalbarprov.loket.core.intake.IntakeService;
import id.kalbarprov.loket.core.intake.LetterDraft;
import id.kalbarprov.loket.core.intake.SignerRole;
import id.kalbarprov.loket.core.register.LetterFilter;
import id.kalbarprov.loket.core.validation.ConcurrentChangeException;
import id.kalbarprov.loket.core.validation.ValidationException;
import id.kalbarprov.loket.core.validation.Violation;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

@OnBothBackends
class ComplaintStoreTest {

    @Parameter
    Backend backend;

    static final Actor CLERK = new Actor(1, "siti", "Siti Rahmawati", Set.of(Role.PETUGAS_LOKET));
    static final Actor HEAD = new Actor(2, "andi", "Andi Pratama", Set.of(Role.KEPALA_BIDANG));
    /** Monday 23 November 2026, 10:00. */
    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 23, 10, 0);

    @TempDir
    Path dir;
    Database db;
    ComplaintStore store;
    ComplaintService service;
    List<ComplaintChannel> channels;
    List<ComplaintCategory> categories;

    @BeforeEach
    void open() {
        db = backend.open(dir);
        ReferenceStore ref = new ReferenceStore(db);
        Clock clock = Clock.fixed(NOW.atZone(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());
        WorkingCalendar cal = ref.calendar(new SettingsStore(db));
        store = new ComplaintStore(db, () -> cal, clock);
        channels = ref.complaintChannels();
        categories = ref.complaintCategories();
        service = new ComplaintService(store, () -> channels, () -> categories, clock);
    }

    long channel(String code) {
        return channels.stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow().id();
    }

    ComplaintCategory category(String code) {
        return categories.stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow();
    }

    ComplaintDraft draft(String channelCode, String reference) {
        return new ComplaintDraft(NOW.minusHours(1), channel(channelCode), reference, false, "Rina Marlina",
                ComplainantKind.MASYARAKAT, null, "0812 3456 7890", null, null,
                "Akun video conference belum aktif sejak minggu lalu.");
    }

    int count(String table) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM " + table).mapTo(Integer.class).one());
    }

    Complaint get(long id) {
        return store.find(id).orElseThrow();
    }

    /** Asserts the action is refused with {@code key} on {@code field} and nothing is written. */
    void refused(ThrowableAssert.ThrowingCallable action, String field, String key) {
        int complaints = count("complaint");
        int history = count("complaint_history");
        int audit = count("audit_log");
        String before = String.join(",", db.jdbi().<List<String>, RuntimeException>withHandle(h -> h.createQuery(
                "SELECT state || version FROM complaint ORDER BY id").mapTo(String.class).list()));
        assertThatThrownBy(action).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.violations()).extracting(Violation::field, Violation::key).contains(
                        org.assertj.core.groups.Tuple.tuple(field, key)));
        assertThat(count("complaint")).isEqualTo(complaints);
        assertThat(count("complaint_history")).isEqualTo(history);
        assertThat(count("audit_log")).isEqualTo(audit);
        String after = String.join(",", db.jdbi().<List<String>, RuntimeException>withHandle(h -> h.createQuery(
                "SELECT state || version FROM complaint ORDER BY id").mapTo(String.class).list()));
        assertThat(after).isEqualTo(before);
    }

    @Test
    void wholeProcedureWritesHistoryAndAuditForEveryStep() {
        var r = service.register(draft("LAPOR", " LAPOR-2611-0042 "), CLERK);
        assertThat(r.number()).isEqualTo("0001/PGD/2026");
        Complaint c = get(r.id());
        assertThat(c.state()).isEqualTo(ComplaintState.DITERIMA);
        assertThat(c.channelReference()).isEqualTo("LAPOR-2611-0042");
        assertThat(c.workingDays()).isNull();

        service.verify(r.id(), c.version(), category("TIDAK_BERKADAR").id(), "Perlu cek server", HEAD);
        c = get(r.id());
        assertThat(c.state()).isEqualTo(ComplaintState.DIVERIFIKASI);
        assertThat(c.workingDays()).isEqualTo(14);
        service.followUp(r.id(), c.version(), "Akun diaktifkan ulang oleh admin Zoom", HEAD);
        service.followUp(r.id(), get(r.id()).version(), "Pengadu dihubungi", HEAD);
        service.close(r.id(), get(r.id()).version(), "Akun sudah aktif kembali", DeliveryChannel.LAPOR,
                NOW.toLocalDate(), HEAD);
        c = get(r.id());
        assertThat(c.state()).isEqualTo(ComplaintState.SELESAI);
        assertThat(c.answer()).isEqualTo("Akun sudah aktif kembali");
        assertThat(c.delivery()).isEqualTo(DeliveryChannel.LAPOR);
        assertThat(c.deliveredOn()).isEqualTo(NOW.toLocalDate());
        assertThat(c.version()).isEqualTo(4);

        List<ComplaintHistory> h = store.history(r.id());
        assertThat(h).extracting(ComplaintHistory::to).containsExactly(ComplaintState.DITERIMA,
                ComplaintState.DIVERIFIKASI, ComplaintState.DITINDAKLANJUTI, ComplaintState.DITINDAKLANJUTI,
                ComplaintState.SELESAI);
        assertThat(h.get(1).from()).isEqualTo(ComplaintState.DITERIMA);
        assertThat(h.get(1).note()).contains("Pengaduan tidak berkadar pengawasan", "14 hari kerja", "Perlu cek server");
        assertThat(h.get(2).note()).contains("Akun diaktifkan ulang");
        assertThat(h.get(0).actor()).isEqualTo("Siti Rahmawati (siti)");
        assertThat(h.get(4).actor()).isEqualTo("Andi Pratama (andi)");
        assertThat(AuditLog.forEntity(db.jdbi(), "complaint", r.id())).extracting(AuditLog.Entry::action)
                .containsExactly("register", "diverifikasi", "ditindaklanjuti", "ditindaklanjuti", "selesai");
        assertThat(AuditLog.verify(db.jdbi()).ok()).isTrue();
    }

    @Test
    void notOursIsForwardedWithToWhomAndIsFinal() {
        long id = service.register(draft("WHATSAPP", null), CLERK).id();
        refused(() -> service.forward(id, 0, "  ", null, HEAD), ComplaintFields.FORWARD_TO, "validation.required");
        service.forward(id, 0, "Dinas Kependudukan dan Pencatatan Sipil", null, HEAD);
        Complaint c = get(id);
        assertThat(c.state()).isEqualTo(ComplaintState.DITERUSKAN);
        assertThat(c.forwardedTo()).isEqualTo("Dinas Kependudukan dan Pencatatan Sipil");
        assertThat(store.history(id).get(1).note()).contains("diteruskan kepada Dinas Kependudukan");
        assertThatThrownBy(() -> service.followUp(id, 1, "x", HEAD)).isInstanceOf(ComplaintTransitionException.class);
    }

    @Test
    void forbiddenStepsAreRefusedByTheServiceAndNothingChanges() {
        long id = service.register(draft("EMAIL", null), CLERK).id();
        long cat = category("RINGAN").id();
        // from DITERIMA: no follow-up, no closing
        assertThatThrownBy(() -> service.followUp(id, 0, "x", HEAD)).isInstanceOf(ComplaintTransitionException.class);
        assertThatThrownBy(() -> service.close(id, 0, "x", DeliveryChannel.EMAIL, NOW.toLocalDate(), HEAD))
                .isInstanceOf(ComplaintTransitionException.class);
        service.verify(id, 0, cat, null, HEAD);
        // from DIVERIFIKASI: no second verification, no forwarding, no closing without follow-up
        assertThatThrownBy(() -> service.verify(id, 1, cat, null, HEAD)).isInstanceOf(ComplaintTransitionException.class);
        assertThatThrownBy(() -> service.forward(id, 1, "Dinkes", null, HEAD))
                .isInstanceOf(ComplaintTransitionException.class);
        assertThatThrownBy(() -> service.close(id, 1, "x", DeliveryChannel.EMAIL, NOW.toLocalDate(), HEAD))
                .isInstanceOfSatisfying(ComplaintTransitionException.class, e -> {
                    assertThat(e.from()).isEqualTo(ComplaintState.DIVERIFIKASI);
                    assertThat(e.to()).isEqualTo(ComplaintState.SELESAI);
                });
        service.followUp(id, 1, "Dicek", HEAD);
        service.close(id, 2, "Sudah", DeliveryChannel.EMAIL, NOW.toLocalDate(), HEAD);
        // from SELESAI: nothing
        assertThatThrownBy(() -> service.followUp(id, 3, "x", HEAD)).isInstanceOf(ComplaintTransitionException.class);
        assertThatThrownBy(() -> service.forward(id, 3, "x", null, HEAD)).isInstanceOf(ComplaintTransitionException.class);
        assertThat(store.history(id)).hasSize(4);
        assertThat(get(id).state()).isEqualTo(ComplaintState.SELESAI);
    }

    @Test
    void wrongRoleIsRefused() {
        Actor processor = new Actor(3, "budi", "Budi", Set.of(Role.PELAKSANA));
        assertThatThrownBy(() -> service.register(draft("EMAIL", null), processor))
                .isInstanceOfSatisfying(AccessDeniedException.class,
                        e -> assertThat(e.permission()).isEqualTo(Permission.REGISTER_COMPLAINT));
        long id = service.register(draft("EMAIL", null), CLERK).id();
        // the front desk registers but does not handle
        assertThatThrownBy(() -> service.verify(id, 0, category("RINGAN").id(), null, CLERK))
                .isInstanceOfSatisfying(AccessDeniedException.class,
                        e -> assertThat(e.permission()).isEqualTo(Permission.HANDLE_COMPLAINT));
        assertThatThrownBy(() -> service.forward(id, 0, "Dinkes", null, CLERK)).isInstanceOf(AccessDeniedException.class);
        assertThat(get(id).state()).isEqualTo(ComplaintState.DITERIMA);
        assertThat(count("complaint_history")).isEqualTo(1);
    }

    @Test
    void badRegistrationsSaveNothing() {
        refused(() -> service.register(draft("LAPOR", " "), CLERK), ComplaintFields.REFERENCE,
                "validation.complaint.laporTicket");
        refused(() -> service.register(draft("MEDIA_SOSIAL", null), CLERK), ComplaintFields.REFERENCE,
                "validation.complaint.socialPost");
        ComplaintDraft d = draft("EMAIL", null);
        refused(() -> service.register(new ComplaintDraft(NOW.plusMinutes(11), d.channelId(), null, false, "Rina",
                ComplainantKind.MASYARAKAT, null, null, null, null, "isi"), CLERK),
                ComplaintFields.RECEIVED_AT, "validation.inFuture");
        refused(() -> service.register(new ComplaintDraft(NOW.minusDays(400), d.channelId(), null, false, "Rina",
                ComplainantKind.MASYARAKAT, null, null, null, null, "isi"), CLERK),
                ComplaintFields.RECEIVED_AT, "validation.dateTooOld");
        refused(() -> service.register(new ComplaintDraft(NOW, null, null, false, "Rina",
                ComplainantKind.MASYARAKAT, null, null, null, null, "isi"), CLERK),
                ComplaintFields.CHANNEL, "validation.required");
        refused(() -> service.register(new ComplaintDraft(NOW, d.channelId(), null, false, " ",
                ComplainantKind.MASYARAKAT, null, null, null, null, "isi"), CLERK),
                ComplaintFields.NAME, "validation.complaint.nameOrAnonymous");
        refused(() -> service.register(new ComplaintDraft(NOW, d.channelId(), null, true, null,
                ComplainantKind.MASYARAKAT, null, "rina@", null, null, "isi"), CLERK),
                ComplaintFields.CONTACT, "validation.complaint.contact");
        refused(() -> service.register(new ComplaintDraft(NOW, d.channelId(), null, true, null,
                ComplainantKind.INSTANSI, null, null, null, null, "x".repeat(4001)), CLERK),
                ComplaintFields.TEXT, "validation.tooLong");
        refused(() -> service.register(new ComplaintDraft(NOW, d.channelId(), null, true, null,
                ComplainantKind.INSTANSI, null, null, null, null, "isi"), CLERK),
                ComplaintFields.AGENCY, "validation.required");
        // anonymous with an e-mail and the slack of ten minutes is fine
        var ok = service.register(new ComplaintDraft(NOW.plusMinutes(9), d.channelId(), "ignored", true, "ignored",
                ComplainantKind.MASYARAKAT, null, "rina@example.id", null, null, "isi"), CLERK);
        Complaint c = get(ok.id());
        assertThat(c.anonymous()).isTrue();
        assertThat(c.complainantName()).isNull();
        assertThat(c.channelReference()).as("e-mail needs no reference").isNull();
    }

    @Test
    void badStepsSaveNothing() {
        long id = service.register(draft("EMAIL", null), CLERK).id();
        refused(() -> service.verify(id, 0, null, null, HEAD), ComplaintFields.CATEGORY, "validation.required");
        service.verify(id, 0, category("NORMATIF").id(), null, HEAD);
        refused(() -> service.followUp(id, 1, " ", HEAD), ComplaintFields.ACTIONS, "validation.required");
        service.followUp(id, 1, "Dicek", HEAD);
        refused(() -> service.close(id, 2, " ", DeliveryChannel.EMAIL, NOW.toLocalDate(), HEAD),
                ComplaintFields.ANSWER, "validation.required");
        refused(() -> service.close(id, 2, "Jawaban", null, NOW.toLocalDate(), HEAD),
                ComplaintFields.DELIVERY, "validation.required");
        refused(() -> service.close(id, 2, "Jawaban", DeliveryChannel.EMAIL, NOW.toLocalDate().plusDays(1), HEAD),
                ComplaintFields.DELIVERED_ON, "validation.inFuture");
        refused(() -> service.close(id, 2, "Jawaban", DeliveryChannel.EMAIL, NOW.toLocalDate().minusDays(3), HEAD),
                ComplaintFields.DELIVERED_ON, "validation.complaint.beforeReceived");
        assertThat(get(id).state()).isEqualTo(ComplaintState.DITINDAKLANJUTI);
    }

    @Test
    void aStaleVersionIsAConflictAndNothingIsWritten() {
        long id = service.register(draft("EMAIL", null), CLERK).id();
        service.verify(id, 0, category("RINGAN").id(), null, HEAD);
        int history = count("complaint_history");
        int audit = count("audit_log");
        // a second desk still holds version 0
        assertThatThrownBy(() -> service.followUp(id, 0, "Dari layar lama", HEAD))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(count("complaint_history")).isEqualTo(history);
        assertThat(count("audit_log")).isEqualTo(audit);
        assertThat(get(id).version()).isEqualTo(1);
    }

    @Test
    void beranda_countsAndListOrderFollowTheDeadlines() {
        // received 16 Nov 2026 09:00 (Mon): ringan due 23 Nov (today); 5 Nov: overdue; today: on track
        long today = registerAt(LocalDateTime.of(2026, 11, 16, 9, 0), "RINGAN");
        long overdue = registerAt(LocalDateTime.of(2026, 11, 5, 9, 0), "NORMATIF");
        long onTrack = registerAt(LocalDateTime.of(2026, 11, 23, 8, 0), "TIDAK_BERKADAR");
        long uncategorised = service.register(draft("EMAIL", null), CLERK).id();
        long forwarded = service.register(draft("EMAIL", null), CLERK).id();
        service.forward(forwarded, 0, "Dinkes", null, HEAD);

        assertThat(store.counts()).isEqualTo(new id.kalbarprov.loket.core.complaints.ComplaintCounts(4, 1, 1));
        List<ComplaintRow> rows = store.list(ComplaintFilter.ALL);
        assertThat(rows).extracting(ComplaintRow::id).containsExactly(overdue, today, onTrack, uncategorised, forwarded);
        assertThat(rows.get(0).due()).isEqualTo(LocalDate.of(2026, 11, 12));
        assertThat(rows.get(1).due()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(store.list(new ComplaintFilter(ComplaintState.DITERUSKAN, null, null, null)))
                .extracting(ComplaintRow::id).containsExactly(forwarded);
        assertThat(store.list(new ComplaintFilter(null, null, category("RINGAN").id(), null)))
                .extracting(ComplaintRow::id).containsExactly(today);
        assertThat(store.list(new ComplaintFilter(null, channel("WHATSAPP"), null, null))).isEmpty();
        assertThat(store.list(new ComplaintFilter(null, null, null, "video conference"))).hasSize(5);
        assertThat(store.list(new ComplaintFilter(null, null, null, "0002/PGD"))).extracting(ComplaintRow::id)
                .containsExactly(overdue);
    }

    long registerAt(LocalDateTime at, String category) {
        ComplaintDraft d = draft("TATAP_MUKA", null);
        long id = service.register(new ComplaintDraft(at, d.channelId(), null, false, d.complainantName(),
                d.complainantKind(), null, d.contact(), null, null, d.text()), CLERK).id();
        service.verify(id, 0, category(category).id(), null, HEAD);
        return id;
    }

    @Test
    void aComplaintAboutARequestIsListedForThatLetter() {
        ReferenceStore ref = new ReferenceStore(db);
        LetterStore letters = new LetterStore(db);
        var email = ref.services().stream().filter(s -> s.kind() == ServiceKind.EMAIL).findFirst().orElseThrow();
        long dinkes = ref.agencies().stream().filter(a -> "Dinkes".equals(a.abbreviation())).findFirst()
                .orElseThrow().id();
        var intake = new IntakeService(letters, sid -> ref.services().stream().filter(s -> s.id() == sid).findFirst(),
                () -> ref.calendar(new SettingsStore(db)), Clock.fixed(NOW.atZone(ZoneId.systemDefault()).toInstant(),
                ZoneId.systemDefault()));
        var done = (IntakeService.Done) intake.register(new LetterDraft(NOW.minusDays(3), dinkes, "005/12/Dinkes",
                LocalDate.of(2026, 11, 18), "Permohonan reset password email", email.id(), SignerRole.KEPALA_PD,
                "dr. Erna", Set.of(), null, null, null), new Actor(1, "siti", "Siti", Set.of(Role.PETUGAS_LOKET)), false);
        // picked from the register by its agenda number, as the form does
        long letterId = letters.search(LetterFilter.ALL.withText(done.agendaNumber()), 0, 10).items().get(0).id();
        record Reg(long letterId, long agencyId, long serviceId, String agenda) {
        }
        Reg reg = new Reg(letterId, dinkes, email.id(), done.agendaNumber());
        ComplaintDraft d = draft("TELEPON", null);
        long id = service.register(new ComplaintDraft(d.receivedAt(), d.channelId(), null, false, "Budi",
                ComplainantKind.INSTANSI, reg.agencyId(), null, reg.serviceId(), reg.letterId(),
                "Permohonan belum diproses"), CLERK).id();
        service.register(draft("EMAIL", null), CLERK);
        assertThat(store.forLetter(reg.letterId())).extracting(ComplaintRow::id).containsExactly(id);
        assertThat(store.forLetter(letterId + 999)).isEmpty();
        Complaint c = get(id);
        assertThat(c.letterAgenda()).isEqualTo(reg.agenda());
        assertThat(c.agency()).isNotBlank();
        assertThat(c.service()).isNotBlank();
        assertThat(store.list(new ComplaintFilter(null, null, null, reg.agenda()))).extracting(ComplaintRow::id)
                .containsExactly(id);
    }
}
