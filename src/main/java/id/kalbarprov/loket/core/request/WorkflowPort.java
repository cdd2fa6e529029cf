package id.kalbarprov.loket.core.request;

import id.kalbarprov.loket.core.processing.ProcessingRecord;
import id.kalbarprov.loket.core.validation.ConcurrentChangeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

/** What the workflow needs from the store; implemented by {@code store/RequestStore}. */
public interface WorkflowPort {

    Optional<RequestSnapshot> find(long id);

    /**
     * Writes {@code change} in one transaction: the letter's new fields ({@code UPDATE ... WHERE id
     * = ? AND version = ?}), its history row, its processing record (if any) and the audit entry.
     *
     * @throws ConcurrentChangeException when the version no longer matches; nothing is written
     */
    void apply(Change change);

    /**
     * One step of the workflow with every field the letter will hold after it.
     *
     * @param completeChecklist tick every requirement of the checklist (an incomplete file completed)
     * @param processing        what processing did (finish processing only), else null
     */
    record Change(long id, int expectedVersion, RequestState from, RequestState to, String actor,
                  LocalDateTime at, String note, LocalDate clockStart, int clockDaysUsed, LocalDate pausedOn,
                  String reviewer, String processor, String decisionReason, String missingItems,
                  boolean completeChecklist, ProcessingRecord processing) {
    }

    /** The full name of the operator {@code username} (history notes name people), or the username when unknown. */
    default String fullName(String username) {
        return username;
    }
}
