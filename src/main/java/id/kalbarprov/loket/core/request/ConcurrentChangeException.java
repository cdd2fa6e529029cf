package id.kalbarprov.loket.core.request;

import java.time.LocalDateTime;

/**
 * Someone else changed the request since it was loaded (optimistic versioning): nothing was
 * written. Carries who changed it and when, so the screen can say so and reload.
 */
public class ConcurrentChangeException extends RuntimeException {

    private final long requestId;
    private final String changedBy;
    private final LocalDateTime changedAt;

    public ConcurrentChangeException(long requestId, String changedBy, LocalDateTime changedAt) {
        super("request " + requestId + " changed by " + changedBy + " at " + changedAt);
        this.requestId = requestId;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public long requestId() {
        return requestId;
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
