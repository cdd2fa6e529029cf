package id.kalbarprov.loket.core.complaints;

import java.time.LocalDateTime;

/** One step of a complaint: who, when, from which state to which, and the note. */
public record ComplaintHistory(LocalDateTime at, String actor, ComplaintState from, ComplaintState to,
                               String note) {
}
