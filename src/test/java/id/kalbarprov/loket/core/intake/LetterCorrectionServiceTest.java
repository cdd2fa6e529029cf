package id.kalbarprov.loket.core.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kalbarprov.loket.core.auth.AccessDeniedException;
import id.kalbarprov.loket.core.auth.Actor;
import id.kalbarprov.loket.core.auth.Permission;
import id.kalbarprov.loket.core.auth.Role;
import id.kalbarprov.loket.core.calendar.WorkingCalendar;
import id.kalbarprov.loket.core.report.ClockReplay;
import id.kalbarprov.loket.core.request.RequestState;
import id.kalbarprov.loket.core.validation.ConcurrentChangeException;
import id.kalbarprov.loket.core.validation.ValidationException;
import id.kalbarprov.loket.core.validation.Violation;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Who may correct a letter when, what a correction may change, and what it does to the clock. */
class LetterCorrectionServiceTest {

    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 23, 10, 0); // a Monday
    static final WorkingCalendar CAL = new WorkingCalendar(List.of(), LocalTime.of(16, 0));
    static final Actor CLERK = new Actor(1, "rina", "Rina Wijaya", Set.of(Role.PETUGAS_LOKET));
    static final Actor ANALIS = new Actor(2, "andi", "Andi Pratama", Set.of(Role.ANALIS));
    static final Actor KABID = new Actor(3, "kartika", "Kartika Sari", Set.of(Role.KEPALA_BIDANG));
    static final LocalDateTime RECEIVED = LocalDateTime.of(2026, 11, 20, 9, 0);
    static final LetterCorrection FIELDS = new LetterCorrection(RECEIVED, 5L, "800/12/Dinkes",
            LocalDate.of(2026, 11, 18), "Permohonan akun emial", SignerRole.KEPALA_PD, "dr. Erna Yulianti",
            "Budi", "0812 3456 7890", null);

    /** One letter in memory; what the service asked to write. */
    static final class Letters implements LetterCorrectionPort {
        LetterCorrectionPort.Current current;
        final List<Apply> applied = new ArrayList<>();

        @Override
        public Optional<Current> find(long id) {
            return Optional.ofNullable(current);
        }

        @Override
        public Optional<String> agencyName(long agencyId) {
            return agencyId == 5 ? Optional.of("Dinas Kesehatan") : agencyId == 7
                    ? Optional.of("Dinas Pendidikan") : Optional.empty();
        }

        @Override
        public void apply(Apply c) {
            applied.add(c);
        }
    }

    final Letters letters = new Letters();
    final LetterCorrectionService service = new LetterCorrectionService(letters, () -> CAL,
            Clock.fixed(NOW.atZone(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault()));

    static ClockReplay.Step step(LocalDateTime at, RequestState from, RequestState to) {
        return new ClockReplay.Step(at, from, to);
    }

    void letter(LetterCorrection fields, RequestState state, LocalDate clockStart, int used, ClockReplay.Step... history) {
        letters.current = new LetterCorrectionPort.Current(9, 4, "0042/SM/2026", 2026, 3, state, fields,
                "Dinas Kesehatan", clockStart, used, List.of(history), "Rina Wijaya (rina)", RECEIVED);
    }

    void received(RequestState... states) {
        List<ClockReplay.Step> steps = new ArrayList<>();
        steps.add(step(RECEIVED, null, RequestState.DITERIMA));
        RequestState from = RequestState.DITERIMA;
        LocalDateTime at = RECEIVED;
        for (RequestState s : states) {
            at = at.plusHours(1);
            steps.add(step(at, from, s));
            from = s;
        }
        letter(FIELDS, from, CAL.clockStart(RECEIVED), 0, steps.toArray(ClockReplay.Step[]::new));
    }

    static LetterCorrection subject(String s) {
        return new LetterCorrection(FIELDS.receivedAt(), FIELDS.agencyId(), FIELDS.letterNumber(), FIELDS.letterDate(),
                s, FIELDS.signerRole(), FIELDS.signerName(), FIELDS.contactName(), FIELDS.contactPhone(), FIELDS.notes());
    }

    static LetterCorrection receivedAt(LocalDateTime t) {
        return new LetterCorrection(t, FIELDS.agencyId(), FIELDS.letterNumber(), FIELDS.letterDate(), FIELDS.subject(),
                FIELDS.signerRole(), FIELDS.signerName(), FIELDS.contactName(), FIELDS.contactPhone(), FIELDS.notes());
    }

    static LetterCorrection letterDate(LocalDate d) {
        return new LetterCorrection(FIELDS.receivedAt(), FIELDS.agencyId(), FIELDS.letterNumber(), d, FIELDS.subject(),
                FIELDS.signerRole(), FIELDS.signerName(), FIELDS.contactName(), FIELDS.contactPhone(), FIELDS.notes());
    }

    static List<String> problems(Runnable r) {
        try {
            r.run();
        } catch (ValidationException e) {
            return e.violations().stream().map(v -> v.field() + " " + v.key()).toList();
        }
        throw new AssertionError("no validation problem");
    }

    @Test
    void theClerkCorrectsATypoBeforeTheReviewWithTheReasonAndOnlyTheChangedFieldInTheAudit() {
        received();
        LetterCorrectionService.Corrected done = service.correct(9, 4, subject("  Permohonan akun email "),
                " Salah ketik ", CLERK);

        assertThat(done.changes()).containsExactly(
                new Correction.Change("subject", "Permohonan akun emial", "Permohonan akun email"));
        LetterCorrectionPort.Apply a = letters.applied.get(0);
        assertThat(a.expectedVersion()).isEqualTo(4);
        assertThat(a.after().subject()).isEqualTo("Permohonan akun email");
        assertThat(a.correction().actor()).isEqualTo("Rina Wijaya (rina)");
        assertThat(a.correction().reason()).isEqualTo("Salah ketik");
        assertThat(a.correction().at()).isEqualTo(NOW);
        assertThat(a.auditBefore()).isEqualTo(Map.of("subject", "Permohonan akun emial"));
        assertThat(a.auditAfter()).isEqualTo(Map.of("subject", "Permohonan akun email", "reason", "Salah ketik"));
        assertThat(a.clockStart()).isEqualTo(LocalDate.of(2026, 11, 20));
    }

    @Test
    void onceTheReviewStartedTheClerkIsRefusedAndTheKepalaBidangMayCorrect() {
        received(RequestState.DIKAJI);
        assertThatThrownBy(() -> service.correct(9, 4, subject("Baru"), "Salah ketik", CLERK))
                .isInstanceOfSatisfying(AccessDeniedException.class,
                        e -> assertThat(e.permission()).isEqualTo(Permission.CORRECT_REVIEWED_LETTER));
        assertThat(letters.applied).isEmpty();

        service.correct(9, 4, subject("Baru"), "Salah ketik", KABID);
        assertThat(letters.applied).hasSize(1);
    }

    @Test
    void aRequestReturnedAndBackInDiterimaStillCountsAsReviewed() {
        received(RequestState.DIKEMBALIKAN, RequestState.DITERIMA);
        assertThat(LetterCorrectionService.needed(letters.current)).isEqualTo(Permission.CORRECT_REVIEWED_LETTER);
        received();
        assertThat(LetterCorrectionService.needed(letters.current)).isEqualTo(Permission.CORRECT_LETTER);
        letter(FIELDS, RequestState.BERKAS_BELUM_LENGKAP, null, 0, step(RECEIVED, null, RequestState.BERKAS_BELUM_LENGKAP));
        assertThat(LetterCorrectionService.needed(letters.current)).isEqualTo(Permission.CORRECT_LETTER);
    }

    @Test
    void theKepalaBidangMayAlsoCorrectBeforeTheReviewAndAnAnalisNever() {
        received();
        service.correct(9, 4, subject("Baru"), "Salah ketik", KABID);
        assertThatThrownBy(() -> service.correct(9, 4, subject("Baru"), "Salah ketik", ANALIS))
                .isInstanceOfSatisfying(AccessDeniedException.class,
                        e -> assertThat(e.permission()).isEqualTo(Permission.CORRECT_LETTER));
    }

    @Test
    void aReasonIsRequiredAndACorrectionThatChangesNothingIsRefused() {
        received();
        assertThat(problems(() -> service.correct(9, 4, subject("Permohonan akun emial "), "  ", CLERK)))
                .containsExactlyInAnyOrder("reason validation.required", "changes validation.correction.noChange");
        assertThat(letters.applied).isEmpty();
    }

    @Test
    void theCorrectedFieldsPassTheRegistrationsValidator() {
        received();
        assertThat(problems(() -> service.correct(9, 4, subject(" "), "x", CLERK)))
                .containsExactly("subject validation.required");
        assertThat(problems(() -> service.correct(9, 4, receivedAt(NOW.plusHours(2)), "x", CLERK)))
                .containsExactly("receivedAt validation.inFuture");
        assertThat(problems(() -> service.correct(9, 4, receivedAt(LocalDateTime.of(2026, 11, 17, 9, 0)), "x", CLERK)))
                .containsExactly("receivedAt " + LetterCorrectionService.RECEIVED_BEFORE_LETTER);
        assertThat(problems(() -> service.correct(9, 4, letterDate(LocalDate.of(2026, 11, 21)), "x", CLERK)))
                .containsExactly("letterDate validation.letterDateAfterReceived");
        LetterCorrection phone = new LetterCorrection(RECEIVED, 5L, "800/12/Dinkes", FIELDS.letterDate(),
                FIELDS.subject(), SignerRole.KEPALA_PD, "dr. Erna Yulianti", "Budi", "bukan nomor", null);
        assertThat(problems(() -> service.correct(9, 4, phone, "x", CLERK))).containsExactly("contactPhone validation.phone");
        LetterCorrection agency = new LetterCorrection(RECEIVED, 99L, "800/12/Dinkes", FIELDS.letterDate(),
                FIELDS.subject(), SignerRole.KEPALA_PD, "dr. Erna Yulianti", "Budi", "0812 3456 7890", null);
        assertThat(problems(() -> service.correct(9, 4, agency, "x", CLERK))).containsExactly("agency validation.unknown");
        assertThat(letters.applied).isEmpty();
    }

    @Test
    void theReceivedTimeStaysInTheAgendaNumbersYear() {
        LetterCorrection january = new LetterCorrection(LocalDateTime.of(2026, 1, 5, 9, 0), 5L, "1/Dinkes",
                LocalDate.of(2026, 1, 2), "Perihal", SignerRole.KEPALA_PD, "Erna", null, null, null);
        letter(january, RequestState.BERKAS_BELUM_LENGKAP, null, 0,
                step(january.receivedAt(), null, RequestState.BERKAS_BELUM_LENGKAP));
        LetterCorrection lastYear = new LetterCorrection(LocalDateTime.of(2025, 12, 30, 9, 0), 5L, "1/Dinkes",
                LocalDate.of(2025, 12, 29), "Perihal", SignerRole.KEPALA_PD, "Erna", null, null, null);
        List<String> found = new ArrayList<>();
        try {
            service.correct(9, 4, lastYear, "x", CLERK);
        } catch (ValidationException e) {
            for (Violation v : e.violations()) {
                found.add(v.field() + " " + v.key() + " " + v.args());
            }
        }
        assertThat(found).containsExactly("receivedAt validation.correction.otherYear [0042/SM/2026, 2026]");
    }

    @Test
    void aLetterRegisteredOverAYearAgoCanStillHaveItsSubjectCorrected() {
        LetterCorrection old = new LetterCorrection(LocalDateTime.of(2025, 10, 1, 9, 0), 5L, "1/Dinkes",
                LocalDate.of(2025, 9, 30), "Perihal lama", SignerRole.KEPALA_PD, "Erna", null, null, null);
        letters.current = new LetterCorrectionPort.Current(9, 4, "0042/SM/2025", 2025, 3, RequestState.DITERIMA, old,
                "Dinas Kesehatan", LocalDate.of(2025, 10, 1), 0, List.of(step(old.receivedAt(), null,
                RequestState.DITERIMA)), "x", old.receivedAt());
        LetterCorrection fixed = new LetterCorrection(old.receivedAt(), 5L, "1/Dinkes", old.letterDate(),
                "Perihal baru", SignerRole.KEPALA_PD, "Erna", null, null, null);
        service.correct(9, 4, fixed, "Salah ketik", CLERK);
        assertThat(letters.applied).hasSize(1);
    }

    @Test
    void aCorrectedReceivedTimeMovesDayZeroSoTheDueDateFollows() {
        received();
        LocalDateTime real = LocalDateTime.of(2026, 11, 19, 15, 0); // Thursday, before closing
        service.correct(9, 4, receivedAt(real), "Tanggal terima salah", CLERK);
        LetterCorrectionPort.Apply a = letters.applied.get(0);
        assertThat(a.clockStart()).isEqualTo(LocalDate.of(2026, 11, 19));
        assertThat(a.auditBefore()).containsEntry("receivedAt", "2026-11-20T09:00").containsEntry("clockStart", "2026-11-20");
        assertThat(a.auditAfter()).containsEntry("receivedAt", "2026-11-19T15:00").containsEntry("clockStart", "2026-11-19");
    }

    @Test
    void forARequestReturnedAndResumedTheDaysUsedBeforeThePauseAreCountedAgainFromTheCorrectedTime() {
        LocalDateTime typed = LocalDateTime.of(2026, 11, 2, 9, 0); // Monday
        LetterCorrection f = new LetterCorrection(typed, 5L, "1/Dinkes", LocalDate.of(2026, 10, 28), "Perihal",
                SignerRole.KEPALA_PD, "Erna", null, null, null);
        letter(f, RequestState.DITERIMA, LocalDate.of(2026, 11, 10), 3,
                step(typed, null, RequestState.DITERIMA),
                step(LocalDateTime.of(2026, 11, 3, 9, 0), RequestState.DITERIMA, RequestState.DIKAJI),
                step(LocalDateTime.of(2026, 11, 5, 9, 0), RequestState.DIKAJI, RequestState.DIKEMBALIKAN),
                step(LocalDateTime.of(2026, 11, 10, 9, 0), RequestState.DIKEMBALIKAN, RequestState.DITERIMA));
        LetterCorrection real = new LetterCorrection(LocalDateTime.of(2026, 10, 29, 9, 0), 5L, "1/Dinkes",
                LocalDate.of(2026, 10, 28), "Perihal", SignerRole.KEPALA_PD, "Erna", null, null, null);

        service.correct(9, 4, real, "Diterima Kamis, bukan Senin", KABID);

        LetterCorrectionPort.Apply a = letters.applied.get(0);
        assertThat(a.clockStart()).isEqualTo(LocalDate.of(2026, 11, 10)); // the running part starts at the resume
        assertThat(a.clockDaysUsed()).isEqualTo(5); // 30 Oct, 2, 3, 4, 5 Nov instead of 3, 4, 5 Nov
        assertThat(a.auditBefore()).containsEntry("clockDaysUsed", 3).doesNotContainKey("clockStart");
        assertThat(a.auditAfter()).containsEntry("clockDaysUsed", 5);
    }

    @Test
    void anIncompleteFileKeepsItsStoppedClock() {
        letter(FIELDS, RequestState.BERKAS_BELUM_LENGKAP, null, 0, step(RECEIVED, null, RequestState.BERKAS_BELUM_LENGKAP));
        service.correct(9, 4, receivedAt(RECEIVED.minusDays(1)), "Tanggal terima salah", CLERK);
        assertThat(letters.applied.get(0).clockStart()).isNull();
    }

    @Test
    void aVersionOtherThanTheOneStoredIsAConcurrentChangeAndNothingIsWritten() {
        received();
        assertThatThrownBy(() -> service.correct(9, 3, subject("Baru"), "Salah ketik", CLERK))
                .isInstanceOfSatisfying(ConcurrentChangeException.class,
                        e -> assertThat(e.changedBy()).isEqualTo("Rina Wijaya (rina)"));
        assertThat(letters.applied).isEmpty();
    }

    @Test
    void theAgencyIsShownByNameInTheChanges() {
        received();
        LetterCorrection other = new LetterCorrection(RECEIVED, 7L, "800/12/Dinkes", FIELDS.letterDate(),
                FIELDS.subject(), SignerRole.KEPALA_PD, "dr. Erna Yulianti", "Budi", "0812 3456 7890", null);
        LetterCorrectionService.Corrected done = service.correct(9, 4, other, "PD salah pilih", CLERK);
        assertThat(done.changes()).containsExactly(new Correction.Change("agency", "Dinas Kesehatan", "Dinas Pendidikan"));
        assertThat(letters.applied.get(0).auditBefore()).isEqualTo(Map.of("agencyId", 5L));
        assertThat(letters.applied.get(0).auditAfter()).containsEntry("agencyId", 7L);
    }
}
