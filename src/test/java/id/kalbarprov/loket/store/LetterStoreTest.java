package id.kalbarprov.loket.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kalbarprov.loket.core.auth.AccessDeniedException;
import id.kalbarprov.loket.core.auth.Actor;
import id.kalbarprov.loket.core.auth.Role;
import id.kalbarprov.loket.core.calendar.DueStatus;
import id.kalbarprov.loket.core.calendar.WorkingCalendar;
import id.kalbarprov.loket.core.catalog.ServiceKind;
import id.kalbarprov.loket.core.catalog.ServiceStandard;
import id.kalbarprov.loket.core.intake.IntakeService;
import id.kalbarprov.loket.core.intake.LetterDraft;
import id.kalbarprov.loket.core.intake.SignerRole;
import id.kalbarprov.loket.core.register.LetterFilter;
import id.kalbarprov.loket.core.request.RequestState;
import id.kalbarprov.loket.core.validation.ValidationException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

@OnBothBackends
class LetterStoreTest {

    @Parameter
    Backend backend;

    static final Actor CLERK = new Actor(1, "siti", "Siti Rahmawati", Set.of(Role.PETUGAS_LOKET));

    @TempDir
    Path dir;
    Database db;
    LetterStore letters;
    IntakeService intake;
    ServiceStandard email;
    long dinkes;

    @BeforeEach
    void open() {
        db = backend.open(dir);
        ReferenceStore ref = new ReferenceStore(db);
        letters = new LetterStore(db);
        Clock clock = Clock.fixed(LocalDateTime.of(2026, 11, 23, 10, 0).atZone(ZoneId.systemDefault()).toInstant(),
                ZoneId.systemDefault());
        WorkingCalendar cal = ref.calendar(new SettingsStore(db));
        intake = new IntakeService(letters, id -> ref.services().stream().filter(s -> s.id() == id).findFirst(),
                () -> cal, clock);
        email = ref.services().stream().filter(s -> s.kind() == ServiceKind.EMAIL).findFirst().orElseThrow();
        dinkes = ref.agencies().stream().filter(a -> "Dinkes".equals(a.abbreviation())).findFirst().orElseThrow().id();
    }

    LetterDraft draft(String number, boolean complete) {
        return new LetterDraft(LocalDateTime.of(2026, 11, 23, 9, 30), dinkes, number, LocalDate.of(2026, 11, 20),
                "Permohonan reset password email kedinasan", email.id(), SignerRole.KEPALA_PD, "dr. Erna Yulianti",
                complete ? Set.of(email.requirements().get(0).id()) : Set.of(), "Budi", "0812 3456 7890", null);
    }

    @Test
    void seedsTheFiveStandardsAgenciesAndHolidays() {
        ReferenceStore ref = new ReferenceStore(db);
        assertThat(ref.services()).extracting(ServiceStandard::workingDays).containsExactly(3, 1, 1, 3, 1);
        assertThat(ref.services()).allSatisfy(s -> assertThat(s.procedure()).hasSize(4));
        assertThat(ref.agencies()).hasSize(39);
        assertThat(ref.agencies()).filteredOn(a -> a.name().equals("RSUD dr. Soedarso"))
                .singleElement().satisfies(a -> assertThat(a.parentId()).isEqualTo(dinkes));
        assertThat(ref.complaintChannels()).hasSize(8);
        assertThat(ref.complaintCategories()).extracting(c -> c.workingDays()).containsExactly(5, 5, 14, 60);
        // every day of shared/reference/holidays.csv (2024–2027), seeded by V2 and V11
        assertThat(ref.holidays()).hasSize(108).extracting(h -> h.date().getYear()).containsOnly(2024, 2025, 2026, 2027);
    }

    @Test
    void registersWithYearlyAgendaNumberAndFindsItInTheRegister() {
        var done = (IntakeService.Done) intake.register(draft("005/1/Dinkes", true), CLERK, false);
        var second = (IntakeService.Done) intake.register(draft("005/2/Dinkes", false), CLERK, false);
        assertThat(done.agendaNumber()).isEqualTo("0001/SM/2026");
        assertThat(second.agendaNumber()).isEqualTo("0002/SM/2026");
        assertThat(done.clockStart()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(second.complete()).isFalse();
        assertThat(second.clockStart()).isNull();

        var page = letters.search(LetterFilter.ALL, 0, 50);
        assertThat(page.items()).extracting(r -> r.agendaNumber()).containsExactly("0002/SM/2026", "0001/SM/2026");
        assertThat(page.items().get(0).state()).isEqualTo(RequestState.BERKAS_BELUM_LENGKAP);
        assertThat(letters.search(LetterFilter.ALL.withText("005/1/Din"), 0, 50).items()).hasSize(1);
        assertThat(letters.search(LetterFilter.ALL.withText("reset password"), 0, 50).items()).hasSize(2);
        assertThat(letters.search(LetterFilter.ALL.withState(RequestState.DITERIMA), 0, 50).items()).hasSize(1);
        assertThat(letters.count(LetterFilter.ALL.withText("Dinas Kesehatan")).value()).isEqualTo(2);
    }

    @Test
    void dueFilterFindsWhatIsDueTodayAndWhatIsLate() {
        // E-mail: 1 working day. Thu 19 Nov 10:00 -> due Fri 20 (late on Mon 23); Fri 20 -> due Mon 23 (today).
        LetterDraft d = draft("005/1/Dinkes", true);
        intake.register(new LetterDraft(LocalDateTime.of(2026, 11, 19, 10, 0), dinkes, "005/9/Dinkes",
                LocalDate.of(2026, 11, 18), d.subject(), d.serviceId(), d.signerRole(), d.signerName(),
                d.fulfilledRequirementIds(), null, null, null), CLERK, false);
        intake.register(new LetterDraft(LocalDateTime.of(2026, 11, 20, 10, 0), dinkes, "005/10/Dinkes",
                LocalDate.of(2026, 11, 18), d.subject(), d.serviceId(), d.signerRole(), d.signerName(),
                d.fulfilledRequirementIds(), null, null, null), CLERK, false);
        intake.register(d, CLERK, false);
        intake.register(draft("005/2/Dinkes", false), CLERK, false);
        ReferenceStore ref = new ReferenceStore(db);
        Clock monday = Clock.fixed(LocalDateTime.of(2026, 11, 23, 10, 0).atZone(ZoneId.systemDefault()).toInstant(),
                ZoneId.systemDefault());
        LetterStore store = new LetterStore(db, () -> ref.calendar(new SettingsStore(db)), monday);
        assertThat(store.search(LetterFilter.ALL.withDue(DueStatus.OVERDUE), 0, 50).items())
                .extracting(r -> r.letterNumber()).containsExactly("005/9/Dinkes");
        assertThat(store.search(LetterFilter.ALL.withDue(DueStatus.DUE_TODAY), 0, 50).items())
                .extracting(r -> r.letterNumber()).containsExactly("005/10/Dinkes");
        assertThat(store.count(LetterFilter.ALL.withDue(DueStatus.ON_TRACK)).value()).isEqualTo(1);
    }

    @Test
    void sameAgencyAndNumberAsksFirstThenRegistersWhenConfirmed() {
        intake.register(draft("005/1/Dinkes", true), CLERK, false);
        var outcome = intake.register(draft(" 005/1/DINKES ", true), CLERK, false);
        assertThat(outcome).isInstanceOf(IntakeService.PossibleDuplicate.class);
        assertThat(letters.count(LetterFilter.ALL).value()).isEqualTo(1);
        assertThat(intake.register(draft("005/1/Dinkes", true), CLERK, true)).isInstanceOf(IntakeService.Done.class);
        assertThat(letters.count(LetterFilter.ALL).value()).isEqualTo(2);
    }

    @Test
    void invalidInputSavesNothing() {
        LetterDraft bad = new LetterDraft(LocalDateTime.of(2026, 11, 23, 9, 0), dinkes, "", null, "", email.id(),
                SignerRole.KEPALA_PD, "x", Set.of(), null, "abc", null);
        assertThatThrownBy(() -> intake.register(bad, CLERK, false)).isInstanceOf(ValidationException.class);
        assertThat(letters.count(LetterFilter.ALL).value()).isZero();
        assertThat((int) db.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM agenda_counter")
                .mapTo(Integer.class).one())).isZero();
    }

    @Test
    void onlyFrontDeskRolesMayRegister() {
        Actor processor = new Actor(2, "agus", "Agus Pratama", Set.of(Role.PELAKSANA));
        assertThatThrownBy(() -> intake.register(draft("005/1/Dinkes", true), processor, false))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(letters.count(LetterFilter.ALL).value()).isZero();
    }

    @Test
    void registrationIsAuditedInAnIntactChain() {
        intake.register(draft("005/1/Dinkes", true), CLERK, false);
        intake.register(draft("005/2/Dinkes", true), CLERK, false);
        var v = AuditLog.verify(db.jdbi());
        assertThat(v.rows()).isEqualTo(2);
        assertThat(v.ok()).isTrue();
        assertThat(AuditLog.forEntity(db.jdbi(), "letter", 1L)).singleElement()
                .satisfies(e -> assertThat(e.after()).contains("\"agendaNumber\":\"0001/SM/2026\""));
    }

    @Test
    void anEditBehindTheAppsBackBreaksTheChain() throws Exception {
        intake.register(draft("005/1/Dinkes", true), CLERK, false);
        intake.register(draft("005/2/Dinkes", true), CLERK, false);
        // As someone with the sqlite3 tool or psql would: drop the append-only trigger, then edit a row.
        Backend.behindTheAppsBack(db, backend.dropTrigger("audit_log_no_update", "audit_log"),
                "UPDATE audit_log SET after = replace(after, '0001', '0099') WHERE id = 1");
        var v = AuditLog.verify(db.jdbi());
        assertThat(v.ok()).isFalse();
        assertThat(v.brokenAt()).isEqualTo(1L);
    }

    @Test
    void healthyDatabasePassesCheck() {
        intake.register(draft("005/1/Dinkes", true), CLERK, false);
        var report = DatabaseCheck.run(db.location());
        assertThat(report.ok()).as(report.problems().toString()).isTrue();
        assertThat(report.lines()).contains("letter: 1", "audit_log: rantai hash utuh");
        assertThat(report.lines()).anyMatch(l -> backend == Backend.SQLITE ? l.equals("integrity_check: ok")
                : l.startsWith("server: PostgreSQL"));
    }
}
