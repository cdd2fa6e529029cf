package id.kalbarprov.loket.store;

import static org.assertj.core.api.Assertions.assertThat;

import id.kalbarprov.loket.core.auth.Actor;
import id.kalbarprov.loket.core.auth.Role;
import id.kalbarprov.loket.core.calendar.DueStatus;
import id.kalbarprov.loket.core.calendar.WorkingCalendar;
import id.kalbarprov.loket.core.catalog.ServiceKind;
import id.kalbarprov.loket.core.catalog.ServiceStandard;
import id.kalbarprov.loket.core.dashboard.DashboardSummary;
import id.kalbarprov.loket.core.intake.IntakeService;
import id.kalbarprov.loket.core.intake.LetterDraft;
import id.kalbarprov.loket.core.intake.SignerRole;
import id.kalbarprov.loket.core.register.LetterFilter;
import id.kalbarprov.loket.core.request.RequestState;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

@OnBothBackends
class DashboardStoreTest {

    @Parameter
    Backend backend;

    static final Actor CLERK = new Actor(1, "siti", "Siti Rahmawati", Set.of(Role.PETUGAS_LOKET));

    @TempDir
    Path dir;
    Database db;
    IntakeService intake;
    LetterStore letters;
    DashboardStore dashboard;
    ReferenceStore ref;
    int seq;

    @BeforeEach
    void open() {
        db = backend.open(dir);
        ref = new ReferenceStore(db);
        Clock clock = Clock.fixed(LocalDateTime.of(2026, 11, 23, 10, 0).atZone(ZoneId.systemDefault()).toInstant(),
                ZoneId.systemDefault());
        Supplier<WorkingCalendar> cal = () -> ref.calendar(new SettingsStore(db));
        letters = new LetterStore(db, cal, clock);
        intake = new IntakeService(letters, id -> ref.services().stream().filter(s -> s.id() == id).findFirst(),
                cal, clock);
        dashboard = new DashboardStore(db, cal, clock);
    }

    ServiceStandard service(ServiceKind kind) {
        return ref.services().stream().filter(s -> s.kind() == kind).findFirst().orElseThrow();
    }

    long register(ServiceKind kind, LocalDateTime received, boolean complete) {
        ServiceStandard s = service(kind);
        Set<Long> done = new HashSet<>();
        if (complete) {
            s.requirements().forEach(r -> done.add(r.id()));
        }
        var outcome = intake.register(new LetterDraft(received, 5L, "005/" + (++seq) + "/Dinkes",
                received.toLocalDate(), "Permohonan layanan", s.id(), SignerRole.KEPALA_PD, "dr. Erna Yulianti",
                done, null, null, null), CLERK, true);
        return ((IntakeService.Done) outcome).id();
    }

    void setState(long id, RequestState state) {
        db.jdbi().useHandle(h -> h.createUpdate("UPDATE letter SET state = ? WHERE id = ?")
                .bind(0, state.name()).bind(1, id).execute());
    }

    @Test
    void countsPerStateDueAndServiceAgreeWithTheRegister() {
        // E-mail, 1 working day. Received Wed 18 Nov → due Thu 19 Nov: overdue on Mon 23 Nov.
        long late = register(ServiceKind.EMAIL, LocalDateTime.of(2026, 11, 18, 9, 0), true);
        // Received Fri 20 Nov → due Mon 23 Nov: due today.
        register(ServiceKind.EMAIL, LocalDateTime.of(2026, 11, 20, 9, 0), true);
        // Hosting, 3 working days, received today → on track.
        long hosting = register(ServiceKind.HOSTING, LocalDateTime.of(2026, 11, 23, 9, 0), true);
        setState(hosting, RequestState.DIKAJI);
        // Incomplete: no clock, still open.
        register(ServiceKind.HOSTING, LocalDateTime.of(2026, 11, 23, 9, 5), false);
        // Finished long ago: neither open nor due.
        long done = register(ServiceKind.EMAIL, LocalDateTime.of(2026, 11, 2, 9, 0), true);
        setState(done, RequestState.SELESAI);

        DashboardSummary s = dashboard.load();
        assertThat(s.count(RequestState.DITERIMA)).isEqualTo(2);
        assertThat(s.count(RequestState.DIKAJI)).isEqualTo(1);
        assertThat(s.count(RequestState.BERKAS_BELUM_LENGKAP)).isEqualTo(1);
        assertThat(s.count(RequestState.SELESAI)).isEqualTo(1);
        assertThat(s.count(RequestState.DITOLAK)).isZero();
        assertThat(s.dueToday()).isEqualTo(1);
        assertThat(s.overdue()).isEqualTo(1);
        assertThat(s.yearsWithoutHolidays()).isEmpty();

        long email = service(ServiceKind.EMAIL).id();
        long host = service(ServiceKind.HOSTING).id();
        assertThat(s.services()).hasSize(5);
        assertThat(s.services()).filteredOn(l -> l.serviceId() == email).singleElement()
                .isEqualTo(new DashboardSummary.ServiceLine(email, service(ServiceKind.EMAIL).name(), 2, 1, 1));
        assertThat(s.services()).filteredOn(l -> l.serviceId() == host).singleElement()
                .isEqualTo(new DashboardSummary.ServiceLine(host, service(ServiceKind.HOSTING).name(), 2, 0, 0));

        // The lists the counts open hold the same letters.
        assertThat(letters.count(LetterFilter.ALL.withDue(DueStatus.OVERDUE)).value()).isEqualTo(s.overdue());
        assertThat(letters.search(LetterFilter.ALL.withDue(DueStatus.OVERDUE), 0, 10).items().get(0).id())
                .isEqualTo(late);
        assertThat(letters.count(LetterFilter.ALL.withDue(DueStatus.DUE_TODAY)).value()).isEqualTo(s.dueToday());
        assertThat(letters.count(LetterFilter.ALL.withState(RequestState.DITERIMA)).value()).isEqualTo(2);
        assertThat(letters.count(LetterFilter.ALL.withService(email).withDue(DueStatus.OVERDUE)).value()).isEqualTo(1);

        // A finished letter is not "terbuka": the per-service count and the list it opens both leave it out.
        db.jdbi().useHandle(h -> h.createUpdate("UPDATE letter SET state = 'SELESAI' WHERE id = ?").bind(0, late)
                .execute());
        int openEmail = dashboard.load().services().stream().filter(l -> l.serviceId() == email).findFirst()
                .orElseThrow().open();
        assertThat(openEmail).isEqualTo(1);
        assertThat(letters.count(LetterFilter.ALL.withService(email).withOpenOnly()).value()).isEqualTo(openEmail);
        assertThat(letters.count(LetterFilter.ALL.withService(email)).value()).isGreaterThan(openEmail);
    }

    @Test
    void aRequestDueInAYearWithoutHolidaysRaisesTheWarning() {
        // Network, 3 working days; the table has no 2028, so pretend its clock started on Thursday 30 Dec 2027.
        long id = register(ServiceKind.JARINGAN, LocalDateTime.of(2026, 11, 23, 9, 0), true);
        db.jdbi().useHandle(h -> h.createUpdate("UPDATE letter SET clock_start = '2027-12-30' WHERE id = ?")
                .bind(0, id).execute());
        assertThat(dashboard.load().yearsWithoutHolidays()).containsExactly(2028);
        assertThat(dashboard.load().dueToday()).isZero();
    }
}
