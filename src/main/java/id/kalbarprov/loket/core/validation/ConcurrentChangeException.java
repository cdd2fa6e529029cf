package id.kalbarprov.loket.core.validation;

import java.time.LocalDateTime;

/**
 * Someone else changed the record since it was read (its version differs, or it moved on): nothing
 * was written. Beside {@link ValidationException} the other refusal of a user action; the screen
 * says so and reloads. The one type for requests, complaints, operators, outgoing letters and
 * templates; it carries who changed the record and when, where the store knows.
 */
public class ConcurrentChangeException extends RuntimeException {

    private final String what;
    private final long id;
    private final String changedBy;
    private final LocalDateTime changedAt;

    /** {@code what}: the kind of record ("request", "complaint", "operator", ...). */
    public ConcurrentChangeException(String what, long id) {
        this(what, id, null, null);
    }

    public ConcurrentChangeException(String what, long id, String changedBy, LocalDateTime changedAt) {
        super(what + " " + id + " was changed by " + (changedBy == null ? "someone else" : changedBy)
                + (changedAt == null ? "" : " at " + changedAt));
        this.what = what;
        this.id = id;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    /** The kind of record, e.g. "request". */
    public String what() {
        return what;
    }

    public long id() {
        return id;
    }

    /** The operator label of the last change, or null when unknown. */
    public String changedBy() {
        return changedBy;
    }

    /** When the last change happened, or null when unknown. */
    public LocalDateTime changedAt() {
        return changedAt;
    }
}
