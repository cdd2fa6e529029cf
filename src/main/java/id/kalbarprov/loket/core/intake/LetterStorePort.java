package id.kalbarprov.loket.core.intake;

import id.kalbarprov.loket.core.attachments.AttachmentPort;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** What intake needs from the store; implemented in the store layer. */
public interface LetterStorePort {

    /** A letter already registered with this agency and letter number, if any. */
    Optional<ExistingLetter> findByAgencyAndNumber(long agencyId, String letterNumber);

    /** Whether the agency exists; an unknown id is a validation problem, not a database error. */
    default boolean agencyExists(long agencyId) {
        return true;
    }

    /**
     * Registers the letter in one durable transaction: takes the next agenda serial of the year,
     * formats the agenda number, writes the letter, its checklist and its first history row.
     */
    Registered insert(NewLetter letter);

    /** A letter found by the duplicate check. */
    record ExistingLetter(long id, String agendaNumber, LocalDate letterDate, String subject) {
    }

    /**
     * The letter with everything decided: state, clock start, who registered it. With
     * {@code refuseDuplicate} the insert throws {@link DuplicateLetterException} (and writes nothing)
     * when the agency already sent a letter with this number; an unknown agency is a
     * {@link id.kalbarprov.loket.core.validation.ValidationException}. Both are checked inside the
     * registering transaction, so two workstations cannot both pass the check. {@code scans} (checked
     * already) are attached in the same transaction: a scan refused there leaves no letter either.
     */
    record NewLetter(LetterDraft draft, boolean complete, LocalDate clockStart, String actor, boolean refuseDuplicate,
                     List<AttachmentPort.NewScan> scans) {
        public NewLetter {
            scans = List.copyOf(scans);
        }

        public NewLetter(LetterDraft draft, boolean complete, LocalDate clockStart, String actor, boolean refuseDuplicate) {
            this(draft, complete, clockStart, actor, refuseDuplicate, List.of());
        }

        public NewLetter(LetterDraft draft, boolean complete, LocalDate clockStart, String actor) {
            this(draft, complete, clockStart, actor, false);
        }
    }

    /** The result of a registration. */
    record Registered(long id, String agendaNumber) {
    }
}
