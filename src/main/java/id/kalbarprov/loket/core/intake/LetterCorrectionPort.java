package id.kalbarprov.loket.core.intake;

import id.kalbarprov.loket.core.report.ClockReplay;
import id.kalbarprov.loket.core.request.RequestState;
import id.kalbarprov.loket.core.validation.ConcurrentChangeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What a correction needs from the store; implemented by {@code store/LetterCorrectionStore}. */
public interface LetterCorrectionPort {

    /** The letter as stored now, with its history steps (oldest first); empty when there is none. */
    Optional<Current> find(long id);

    /**
     * The agenda number of another letter than {@code exceptId} with this agency and letter number
     * (compared as registration compares them), if any.
     */
    default Optional<String> sameNumber(long agencyId, String letterNumber, long exceptId) {
        return Optional.empty();
    }

    /** The agency's name, or empty when no such agency exists. */
    Optional<String> agencyName(long agencyId);

    /**
     * Writes {@code c} in one transaction: the letter's fields and clock ({@code UPDATE ... WHERE id = ?
     * AND version = ?}), the correction with its changed fields, and the audit entry with before and
     * after. The agenda number is not touched.
     *
     * @throws ConcurrentChangeException when the version no longer matches; nothing is written
     */
    void apply(Apply c);

    /** A registered letter's correctable fields and what the rules look at. */
    record Current(long id, int version, String agendaNumber, int agendaYear, long serviceId, RequestState state,
                   LetterCorrection fields, String agencyName, LocalDate clockStart, int clockDaysUsed,
                   List<ClockReplay.Step> history, String updatedBy, LocalDateTime updatedAt) {

        public Current {
            history = List.copyOf(history);
        }

        /**
         * True once an Analis took the request up: it is, or ever was, in a state past DITERIMA (under
         * review, processing, returned, refused, done).
         */
        public boolean reviewStarted() {
            return history.stream().map(ClockReplay.Step::to).anyMatch(
                    s -> s != RequestState.BERKAS_BELUM_LENGKAP && s != RequestState.DITERIMA)
                    || (state != RequestState.BERKAS_BELUM_LENGKAP && state != RequestState.DITERIMA);
        }
    }

    /**
     * A correction with everything decided: the letter's fields after it, its clock after it, the
     * recorded correction, and the audit entry's before and after (only what changed, plus the reason).
     */
    record Apply(long id, int expectedVersion, LetterCorrection after, LocalDate clockStart, int clockDaysUsed,
                 Correction correction, Map<String, Object> auditBefore, Map<String, Object> auditAfter) {
    }
}
