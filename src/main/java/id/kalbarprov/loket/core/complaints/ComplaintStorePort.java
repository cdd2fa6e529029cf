package id.kalbarprov.loket.core.complaints;

import id.kalbarprov.loket.core.validation.ConcurrentChangeException;
import id.kalbarprov.loket.core.validation.Violation;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** What the complaint service needs from the store; each call is one transaction with history and audit. */
public interface ComplaintStorePort {

    /** Inserts a complaint in state Diterima with its first history row. */
    Registered insert(ComplaintDraft clean, String actor, LocalDateTime at);

    Optional<Complaint> find(long id);

    /**
     * A Violation (validation.unknown) for each id in {@code draft} that names no row: the agency
     * (only for an agency complainant), the service, the request. Foreign keys would refuse them.
     */
    default List<Violation> unknownReferences(ComplaintDraft draft) {
        return List.of();
    }

    /**
     * Moves complaint {@code id} from {@code step.from()} to {@code step.to()} if its version is still
     * {@code expectedVersion}, setting the non-null fields of {@code step}.
     *
     * @throws ConcurrentChangeException when the version (or state) changed meanwhile
     */
    void apply(long id, int expectedVersion, Step step, String actor, LocalDateTime at);

    /** A registered complaint's id and number. */
    record Registered(long id, String number) {
    }

    /** One state change; null fields stay as they are. */
    record Step(ComplaintState from, ComplaintState to, String note, Long categoryId, String forwardedTo,
                String answer, DeliveryChannel delivery, LocalDate deliveredOn) {
    }
}
