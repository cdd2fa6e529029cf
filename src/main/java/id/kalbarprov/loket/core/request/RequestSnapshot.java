package id.kalbarprov.loket.core.request;

import id.kalbarprov.loket.core.catalog.ServiceKind;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** The workflow fields of one request as stored now, with its version for optimistic locking. */
public record RequestSnapshot(long id, RequestState state, int version, ServiceKind serviceKind, int workingDays,
                              LocalDate clockStart, int clockDaysUsed, LocalDate pausedOn, String reviewer,
                              String processor, String decisionReason, String missingItems,
                              String updatedBy, LocalDateTime updatedAt) {
}
