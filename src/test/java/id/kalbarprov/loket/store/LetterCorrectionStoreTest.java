package id.kalbarprov.loket.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kalbarprov.loket.core.auth.AccessDeniedException;
import id.kalbarprov.loket.core.auth.Actor;
import id.kalbarprov.loket.core.auth.Permission;
import id.kalbarprov.loket.core.auth.Role;
import id.kalbarprov.loket.core.calendar.WorkingCalendar;
import id.kalbarprov.loket.core.catalog.ServiceKind;
import id.kalbarprov.loket.core.catalog.ServiceStandard;
import id.kalbarprov.loket.core.intake.Correction;
import id.kalbarprov.loket.core.intake.IntakeService;
import id.kalbarprov.loket.core.intake.LetterCorrection;
import id.kalbarprov.loket.core.intake.LetterCorrectionService;
import id.kalbarprov.loket.core.intake.LetterDraft;
import id.kalbarprov.loket.core.intake.SignerRole;
import id.kalbarprov.loket.core.register.LetterDetail;
import id.kalbarprov.loket.core.register.LetterFilter;
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

/** Corrections on a real database, SQLite and PostgreSQL: letter, history, audit and clock in one go. */
@OnBothBackends
class LetterCorrectionStoreTest {

    @Parameter
    Backend backend;

    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 23, 10, 0);
    static final Actor CLERK = new Actor(1, "rina", "Rina Wijaya", Set.of(Role.PETUGAS_LOKET));
    static final Actor ANDI = new Actor(2, "andi", "Andi Pratama", Set.of(Role.ANALIS));
    static final Actor KABID = new Actor(3, "kartika", "Kartika Sari", Set.of(Role.KEPALA_BIDANG));

    @TempDir
    Path dir;
    Database db;
    IntakeService intake;
    LetterStore letters;
    LetterCorrectionService corrections;
    RequestWorkflow workflow;
    WorkingCalendar cal;
    ServiceStandard email;

    @BeforeEach
    void open() {
        db = backend.open(dir);
        ReferenceStore ref = new ReferenceStore(db);
        Clock clock = Clock.fixed(NOW.atZone(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());
        cal = ref.calendar(new SettingsStore(db));
        intake = new IntakeService(new LetterStore(db), id -> ref.services().stream().filter(s -> s.id() == id).findFirst(),
                () -> cal, clock);
        letters = new LetterStore(db, () -> cal, clock);
        corrections = new LetterCorrectionService(new LetterCorrectionStore(db), () -> cal, clock);
        workflow = new RequestWorkflow(new RequestStore(db, () -> cal), () -> cal, clock);
        email = ref.services().stream().filter(s -> s.kind() == ServiceKind.EMAIL).findFirst().orElseThrow();
    }

    long register(LocalDateTime received) {
        LetterDraft d = new LetterDraft(received, 5L, "800/12/Dinkes", received.toLocalDate().minusDays(1),
                "Permohonan akun emial kedinasan", email.id(), SignerRole.KEPALA_PD, "dr. Erna Yulianti",
                Set.copyOf(email.requirements().stream().map(ServiceStandard.Requirement::id).toList()),
                "Budi", "0812 3456 7890", null);
        return ((IntakeService.Done) intake.register(d, CLERK, true)).id();
    }

    LetterDetail detail(long id) {
        return letters.detail(id).orElseThrow();
    }

    static LetterCorrection fields(LetterDetail d) {
        return new LetterCorrection(d.row().receivedAt(), 5L, d.row().letterNumber(), d.row().letterDate(),
                d.row().subject(), d.signerRole(), d.signerName(), d.contactName(), d.contactPhone(), d.notes());
    }

    static LetterCorrection withSubject(LetterCorrection f, String subject) {
        return new LetterCorrection(f.receivedAt(), f.agencyId(), f.letterNumber(), f.letterDate(), subject,
                f.signerRole(), f.signerName(), f.contactName(), f.contactPhone(), f.notes());
    }

    static LetterCorrection withReceived(LetterCorrection f, LocalDateTime received) {
        return new LetterCorrection(received, f.agencyId(), f.letterNumber(), f.letterDate(), f.subject(),
                f.signerRole(), f.signerName(), f.contactName(), f.contactPhone(), f.notes());
    }

    @Test
    void aCorrectedSubjectIsStoredWithHistoryAndAuditBeforeAndAfterAndTheAgendaNumberStays() {
        long id = register(NOW.minusHours(1));
        LetterDetail before = detail(id);

        corrections.correct(id, before.row().version(), withSubject(fields(before), "Permohonan akun email kedinasan"),
                "Salah ketik pada perihal", CLERK);

        LetterDetail after = detail(id);
        assertThat(after.row().subject()).isEqualTo("Permohonan akun email kedinasan");
        assertThat(after.row().agendaNumber()).isEqualTo(before.row().agendaNumber());
        assertThat(after.row().version()).isEqualTo(before.row().version() + 1);
        assertThat(after.corrections()).singleElement().satisfies(c -> {
            assertThat(c.actor()).isEqualTo("Rina Wijaya (rina)");
            assertThat(c.reason()).isEqualTo("Salah ketik pada perihal");
            assertThat(c.at()).isEqualTo(NOW);
            assertThat(c.changes()).containsExactly(new Correction.Change("subject",
                    "Permohonan akun emial kedinasan", "Permohonan akun email kedinasan"));
        });
        // the workflow's history is untouched: the reports count its rows by state
        assertThat(after.history()).hasSize(1);
        List<AuditLog.Entry> audit = AuditLog.forEntity(db.jdbi(), "letter", id);
        assertThat(audit).extracting(AuditLog.Entry::action).containsExactly("register", "correct");
        assertThat(audit.get(1).actor()).isEqualTo("Rina Wijaya (rina)");
        assertThat(audit.get(1).before()).isEqualTo("{\"subject\":\"Permohonan akun emial kedinasan\"}");
        assertThat(audit.get(1).after()).isEqualTo(
                "{\"clockDaysUsed\":0,\"clockStart\":\"2026-11-23\",\"reason\":\"Salah ketik pada perihal\","
                        + "\"subject\":\"Permohonan akun email kedinasan\"}");
        assertThat(AuditLog.verify(db.jdbi()).ok()).isTrue();
        // the register finds the letter by its corrected words, no longer by the typo
        assertThat(letters.search(LetterFilter.ALL.withText("email"), 0, 10).items())
                .extracting(r -> r.id()).containsExactly(id);
        assertThat(letters.search(LetterFilter.ALL.withText("emial"), 0, 10).items()).isEmpty();
    }

    @Test
    void aCorrectedReceivedTimeMovesTheClockStartAndTheDueDate() {
        LocalDateTime typed = LocalDateTime.of(2026, 11, 16, 9, 0);
        long id = register(typed);
        LetterDetail before = detail(id);
        LocalDateTime real = LocalDateTime.of(2026, 11, 20, 9, 0);
        LocalDate expectedStart = cal.clockStart(real);
        assertThat(expectedStart).isAfter(before.row().clockStart());

        corrections.correct(id, before.row().version(), withReceived(fields(before), real),
                "Tanggal terima salah ketik", CLERK);

        LetterDetail after = detail(id);
        assertThat(after.row().receivedAt()).isEqualTo(real);
        assertThat(after.row().clockStart()).isEqualTo(expectedStart);
        assertThat(after.due()).isEqualTo(cal.plusWorkingDays(expectedStart, email.workingDays()))
                .isAfter(before.due());
        List<AuditLog.Entry> audit = AuditLog.forEntity(db.jdbi(), "letter", id);
        assertThat(audit.get(1).before()).contains("\"receivedAt\":\"2026-11-16T09:00\"")
                .contains("\"clockStart\":\"" + before.row().clockStart() + "\"");
        assertThat(audit.get(1).after()).contains("\"receivedAt\":\"2026-11-20T09:00\"")
                .contains("\"clockStart\":\"" + expectedStart + "\"");
        // the register's date filter and order follow the corrected time
        assertThat(letters.search(LetterFilter.ALL.withText("Dinkes"), 0, 10).items().get(0).receivedAt())
                .isEqualTo(real);
    }

    @Test
    void afterReviewStartedOnlyTheKepalaBidangCorrects() {
        long id = register(NOW.minusHours(1));
        workflow.takeForReview(id, detail(id).row().version(), ANDI);
        LetterDetail d = detail(id);

        assertThatThrownBy(() -> corrections.correct(id, d.row().version(), withSubject(fields(d), "Perihal baru"),
                "Salah ketik", CLERK))
                .isInstanceOfSatisfying(AccessDeniedException.class,
                        e -> assertThat(e.permission()).isEqualTo(Permission.CORRECT_REVIEWED_LETTER));
        assertThat(detail(id).row().subject()).isEqualTo("Permohonan akun emial kedinasan");

        corrections.correct(id, d.row().version(), withSubject(fields(d), "Perihal baru"), "Salah ketik", KABID);
        assertThat(detail(id).row().subject()).isEqualTo("Perihal baru");
        assertThat(detail(id).corrections().get(0).actor()).isEqualTo("Kartika Sari (kartika)");
        // Kajian's detail of the request shows the correction too
        assertThat(new RequestStore(db, () -> cal).detail(id, NOW.toLocalDate()).orElseThrow().corrections())
                .singleElement().satisfies(c -> assertThat(c.reason()).isEqualTo("Salah ketik"));
    }

    @Test
    void aStaleVersionWritesNothingAndSaysWhoChangedIt() {
        long id = register(NOW.minusHours(1));
        LetterDetail seen = detail(id);
        corrections.correct(id, seen.row().version(), withSubject(fields(seen), "Perihal pertama"), "Koreksi 1", CLERK);

        assertThatThrownBy(() -> corrections.correct(id, seen.row().version(), withSubject(fields(seen), "Perihal kedua"),
                "Koreksi 2", KABID))
                .isInstanceOfSatisfying(ConcurrentChangeException.class,
                        e -> assertThat(e.changedBy()).isEqualTo("Rina Wijaya (rina)"));
        assertThat(detail(id).row().subject()).isEqualTo("Perihal pertama");
        assertThat(detail(id).corrections()).hasSize(1);
        assertThat(AuditLog.forEntity(db.jdbi(), "letter", id)).hasSize(2);
    }

    @Test
    void anotherDeskHearsTheCorrectionAndReadsTheCorrectedLetter() throws Exception {
        long id = register(NOW.minusHours(1));
        Database other = Database.open(db.location());
        java.util.concurrent.Semaphore heard = new java.util.concurrent.Semaphore(0);
        try (ChangeWatcher watcher = new ChangeWatcher(other)) {
            watcher.subscribe(heard::release);
            Thread.sleep(ChangeWatcher.PERIOD_MS * 2L);
            heard.drainPermits();
            LetterDetail d = detail(id);
            corrections.correct(id, d.row().version(), withSubject(fields(d), "Perihal yang benar"), "Salah ketik", CLERK);
            assertThat(heard.tryAcquire(3, java.util.concurrent.TimeUnit.SECONDS)).as("the correction is heard").isTrue();
            assertThat(new LetterStore(other, () -> cal, Clock.systemDefaultZone()).detail(id).orElseThrow().row().subject())
                    .isEqualTo("Perihal yang benar");
        } finally {
            other.close();
        }
    }

    @Test
    void aCorrectedNumberThatAnotherLetterOfTheAgencyHasIsPointedOutLikeAtRegistration() {
        long first = register(NOW.minusHours(2));
        LetterDraft d = new LetterDraft(NOW.minusHours(1), 5L, "800/13/Dinkes", NOW.toLocalDate().minusDays(1),
                "Surat kedua", email.id(), SignerRole.KEPALA_PD, "dr. Erna Yulianti", Set.of(), null, null, null);
        long second = ((IntakeService.Done) intake.register(d, CLERK, true)).id();
        LetterDetail s = detail(second);
        LetterCorrection f = fields(s);
        LetterCorrection sameAsFirst = new LetterCorrection(f.receivedAt(), f.agencyId(), " 800/ 12/dinkes", f.letterDate(),
                f.subject(), f.signerRole(), f.signerName(), f.contactName(), f.contactPhone(), f.notes());
        assertThat(corrections.preview(second, s.row().version(), sameAsFirst, "Nomor salah", CLERK).sameNumberAs())
                .isEqualTo(detail(first).row().agendaNumber());
        assertThat(corrections.preview(second, s.row().version(), withSubject(f, "Surat kedua (perbaikan)"), "x", CLERK)
                .sameNumberAs()).isNull();
    }
}
