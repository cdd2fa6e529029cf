package id.kalbarprov.loket.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kalbarprov.loket.core.auth.Actor;
import id.kalbarprov.loket.core.auth.Role;
import id.kalbarprov.loket.core.calendar.DueStatus;
import id.kalbarprov.loket.core.calendar.WorkingCalendar;
import id.kalbarprov.loket.core.catalog.ServiceKind;
import id.kalbarprov.loket.core.catalog.ServiceStandard;
import id.kalbarprov.loket.core.intake.IntakeService;
import id.kalbarprov.loket.core.intake.LetterDraft;
import id.kalbarprov.loket.core.intake.SignerRole;
import id.kalbarprov.loket.core.processing.VideoConferenceRecord;
import id.kalbarprov.loket.core.register.Page;
import id.kalbarprov.loket.core.register.RequestDetail;
import id.kalbarprov.loket.core.register.WorkItem;
import id.kalbarprov.loket.core.request.RequestState;
import id.kalbarprov.loket.core.request.RequestWorkflow;
import id.kalbarprov.loket.core.validation.ConcurrentChangeException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

@OnBothBackends
class RequestStoreTest {

    @Parameter
    Backend backend;

    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 23, 10, 0);
    static final Actor CLERK = new Actor(1, "rina", "Rina Wijaya", Set.of(Role.PETUGAS_LOKET));
    static final Actor ANDI = new Actor(2, "andi", "Andi Pratama", Set.of(Role.ANALIS));
    static final Actor SITI = new Actor(3, "siti", "Siti Rahmawati", Set.of(Role.ANALIS));
    static final Actor BUDI = new Actor(4, "budi", "Budi Santoso", Set.of(Role.PELAKSANA));

    @TempDir
    Path dir;
    Database db;
    IntakeService intake;
    RequestStore requests;
    RequestWorkflow workflow;
    ReferenceStore ref;
    Clock clock;

    @BeforeEach
    void open() {
        db = backend.open(dir);
        ref = new ReferenceStore(db);
        clock = Clock.fixed(NOW.atZone(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());
        WorkingCalendar cal = ref.calendar(new SettingsStore(db));
        intake = new IntakeService(new LetterStore(db), id -> ref.services().stream().filter(s -> s.id() == id).findFirst(),
                () -> cal, clock);
        requests = new RequestStore(db, () -> cal);
        workflow = new RequestWorkflow(requests, () -> cal, clock);
    }

    long register(ServiceKind kind, LocalDateTime received, boolean complete, String number) {
        ServiceStandard s = ref.services().stream().filter(x -> x.kind() == kind).findFirst().orElseThrow();
        LetterDraft d = new LetterDraft(received, 5L, number, received.toLocalDate(), "Permohonan " + kind, s.id(),
                SignerRole.KEPALA_PD, "dr. Erna Yulianti", complete ? Set.of(s.requirements().get(0).id()) : Set.of(),
                "Budi", "0812 3456 7890", null);
        return ((IntakeService.Done) intake.register(d, CLERK, true)).id();
    }

    int version(long id) {
        return requests.find(id).orElseThrow().version();
    }

    @Test
    void aRequestGoesThroughReviewAndProcessingWithHistoryAndAudit() {
        long id = register(ServiceKind.VICON, NOW.minusHours(1), true, "005/1/Dinkes/2026");
        workflow.takeForReview(id, version(id), ANDI);
        workflow.forwardToProcessing(id, version(id), ANDI, "budi", null);
        workflow.finishProcessing(id, version(id), BUDI,
                new VideoConferenceRecord(true, "vicon3@kalbarprov.go.id", LocalDateTime.of(2026, 11, 30, 9, 0)));

        RequestDetail d = requests.detail(id, NOW.toLocalDate()).orElseThrow();
        assertThat(d.item().row().state()).isEqualTo(RequestState.SIAP_SURAT);
        assertThat(d.item().reviewer()).isEqualTo("andi");
        assertThat(d.item().processor()).isEqualTo("budi");
        assertThat(d.history()).extracting(RequestDetail.HistoryEntry::to).containsExactly(RequestState.DITERIMA,
                RequestState.DIKAJI, RequestState.DIPROSES, RequestState.SIAP_SURAT);
        assertThat(d.history().get(3).actor()).isEqualTo("Budi Santoso (budi)");
        assertThat(d.history().get(3).from()).isEqualTo(RequestState.DIPROSES);
        assertThat(d.processingSummary()).isEqualTo("Akun Zoom vicon3@kalbarprov.go.id telah diaktifkan untuk "
                + "kegiatan pada Senin, 30 November 2026 pukul 09.00 WIB.");
        String details = db.jdbi().withHandle(h -> h.createQuery(
                "SELECT details FROM request_processing WHERE letter_id = ?").bind(0, id).mapTo(String.class).one());
        assertThat(details).isEqualTo("{\"account\":\"vicon3@kalbarprov.go.id\",\"accountActivated\":true,"
                + "\"eventAt\":\"2026-11-30T09:00\"}");
        assertThat(AuditLog.forEntity(db.jdbi(), "letter", id)).extracting(AuditLog.Entry::action)
                .containsExactly("register", "transition DITERIMA -> DIKAJI", "transition DIKAJI -> DIPROSES",
                        "transition DIPROSES -> SIAP_SURAT");
        assertThat(AuditLog.verify(db.jdbi()).ok()).isTrue();
        assertThat(version(id)).isEqualTo(4);
    }

    @Test
    void aSecondWorkstationWithAStaleVersionGetsWhoAndWhenAndNothingIsOverwritten() {
        long id = register(ServiceKind.HOSTING, NOW.minusHours(1), true, "006/1/Dinkes/2026");
        Database other = Database.open(db.location());
        RequestStore otherStore = new RequestStore(other, () -> ref.calendar(new SettingsStore(db)));
        RequestWorkflow otherFlow = new RequestWorkflow(otherStore, () -> ref.calendar(new SettingsStore(db)), clock);
        int seenByBoth = version(id);
        assertThat(otherStore.find(id).orElseThrow().version()).isEqualTo(seenByBoth);

        workflow.takeForReview(id, seenByBoth, ANDI);
        assertThatThrownBy(() -> otherFlow.refuse(id, seenByBoth, SITI, "Bukan layanan kami"))
                .isInstanceOfSatisfying(ConcurrentChangeException.class, e -> {
                    assertThat(e.changedBy()).isEqualTo("Andi Pratama (andi)");
                    assertThat(e.changedAt()).isEqualTo(NOW);
                });
        // The store's own check as well: an UPDATE with the stale version changes no row.
        var stale = new id.kalbarprov.loket.core.request.WorkflowPort.Change(id, seenByBoth, RequestState.DITERIMA,
                RequestState.DITOLAK, SITI.label(), NOW, "x", null, 0, null, null, null, "x", null, false, null);
        assertThatThrownBy(() -> otherStore.apply(stale)).isInstanceOf(ConcurrentChangeException.class);

        RequestDetail d = requests.detail(id, NOW.toLocalDate()).orElseThrow();
        assertThat(d.item().row().state()).isEqualTo(RequestState.DIKAJI);
        assertThat(d.decisionReason()).isNull();
        assertThat(d.history()).hasSize(2);
        assertThat(AuditLog.forEntity(db.jdbi(), "letter", id)).hasSize(2);
    }

    @Test
    void returnedRequestsPauseAndTheChecklistIsCompletedWhenAnIncompleteFileArrives() {
        long returned = register(ServiceKind.HOSTING, LocalDateTime.of(2026, 11, 18, 9, 0), true, "007/1/Dinkes/2026");
        workflow.returnToAgency(returned, version(returned), ANDI, "Domain belum disebutkan", "Nama subdomain yang diminta");
        RequestDetail d = requests.detail(returned, NOW.toLocalDate()).orElseThrow();
        assertThat(d.item().row().state()).isEqualTo(RequestState.DIKEMBALIKAN);
        assertThat(d.item().row().clockDaysUsed()).isEqualTo(3); // 19, 20, 23 November
        assertThat(d.item().pausedOn()).isEqualTo(NOW.toLocalDate());
        assertThat(d.item().due()).isNull();
        assertThat(d.missingItems()).isEqualTo("Nama subdomain yang diminta");

        long incomplete = register(ServiceKind.CLOUD, NOW.minusHours(1), false, "008/1/Dinkes/2026");
        assertThat(requests.detail(incomplete, NOW.toLocalDate()).orElseThrow().checklist())
                .extracting(RequestDetail.ChecklistItem::fulfilled).containsOnly(false);
        workflow.missingItemsArrived(incomplete, version(incomplete), CLERK, null);
        RequestDetail completed = requests.detail(incomplete, NOW.toLocalDate()).orElseThrow();
        assertThat(completed.checklist()).extracting(RequestDetail.ChecklistItem::fulfilled).containsOnly(true);
        assertThat(completed.item().row().clockStart()).isEqualTo(NOW.toLocalDate());
        assertThat(completed.item().due()).isEqualTo(LocalDate.of(2026, 11, 24));
    }

    @Test
    void worklistsShowOnlyTheirStatesMostUrgentFirst() {
        long later = register(ServiceKind.JARINGAN, LocalDateTime.of(2026, 11, 23, 8, 0), true, "3/A/2026");
        long late = register(ServiceKind.VICON, LocalDateTime.of(2026, 11, 18, 9, 0), true, "1/A/2026");
        long soon = register(ServiceKind.VICON, LocalDateTime.of(2026, 11, 23, 8, 30), true, "4/A/2026");
        long today = register(ServiceKind.VICON, LocalDateTime.of(2026, 11, 20, 9, 0), true, "2/A/2026");
        long waiting = register(ServiceKind.CLOUD, LocalDateTime.of(2026, 11, 23, 9, 0), false, "5/A/2026");
        long mine = register(ServiceKind.EMAIL, LocalDateTime.of(2026, 11, 23, 9, 10), true, "6/A/2026");
        long theirs = register(ServiceKind.EMAIL, LocalDateTime.of(2026, 11, 19, 9, 10), true, "7/A/2026");
        workflow.takeForReview(today, version(today), ANDI);
        for (long id : List.of(mine, theirs)) {
            workflow.takeForReview(id, version(id), ANDI);
        }
        workflow.forwardToProcessing(mine, version(mine), ANDI, "budi", null);
        workflow.forwardToProcessing(theirs, version(theirs), ANDI, "dedi", null);
        LocalDate day = NOW.toLocalDate();

        Page<WorkItem> review = requests.worklist(Set.of(RequestState.DITERIMA, RequestState.DIKAJI), null, day, 0, 50);
        assertThat(review.items()).extracting(w -> w.row().id()).containsExactly(late, today, soon, later);
        assertThat(review.items()).extracting(WorkItem::dueStatus).containsExactly(DueStatus.OVERDUE,
                DueStatus.DUE_TODAY, DueStatus.ON_TRACK, DueStatus.ON_TRACK);
        assertThat(review.items().get(1).reviewer()).isEqualTo("andi");
        assertThat(review.hasMore()).isFalse();
        Page<WorkItem> firstTwo = requests.worklist(Set.of(RequestState.DITERIMA, RequestState.DIKAJI), null, day, 0, 2);
        assertThat(firstTwo.hasMore()).isTrue();
        assertThat(requests.worklist(Set.of(RequestState.DITERIMA, RequestState.DIKAJI), null, day, 2, 2).items())
                .extracting(w -> w.row().id()).containsExactly(soon, later);

        assertThat(requests.worklist(Set.of(RequestState.BERKAS_BELUM_LENGKAP, RequestState.DIKEMBALIKAN), null, day,
                0, 50).items()).extracting(w -> w.row().id()).containsExactly(waiting);
        assertThat(requests.worklist(Set.of(RequestState.DIPROSES), null, day, 0, 50).items())
                .extracting(w -> w.row().id()).containsExactly(theirs, mine);
        assertThat(requests.worklist(Set.of(RequestState.DIPROSES), "budi", day, 0, 50).items())
                .extracting(w -> w.row().id()).containsExactly(mine);
    }

    @Test
    void processorsAreThePelaksanaOperators() {
        assertThat(requests.processors()).isEmpty();
        db.jdbi().useHandle(h -> {
            h.execute("INSERT INTO operator (username, full_name, roles, created_at) VALUES "
                    + "('andi', 'Andi Pratama', 'ANALIS', '2026-01-01T00:00'),"
                    + " ('budi', 'Budi Santoso', 'PELAKSANA', '2026-01-01T00:00'),"
                    + "('dedi', 'Dedi Kurniawan', 'ANALIS,PELAKSANA', '2026-01-01T00:00')");
        });
        assertThat(requests.processors()).extracting(p -> p.username() + "=" + p.name())
                .containsExactly("budi=Budi Santoso", "dedi=Dedi Kurniawan");
    }
}
