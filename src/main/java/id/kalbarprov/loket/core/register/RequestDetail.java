package id.kalbarprov.loket.core.register;

import id.kalbarprov.loket.core.intake.Correction;
import id.kalbarprov.loket.core.request.RequestState;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Everything the review and processing screens show about one request, its letter's corrections
 * included (oldest first, decision 0021). {@code reviewerName} and
 * {@code processorName} are the full names of the operators in {@code item} (null when none).
 */
public record RequestDetail(WorkItem item, String agencyName, String signer, String contact, String notes,
                            String decisionReason, String missingItems, List<ChecklistItem> checklist,
                            List<HistoryEntry> history, String processingSummary, String updatedBy,
                            LocalDateTime updatedAt, List<LetterDetail.RelatedComplaint> complaints,
                            String reviewerName, String processorName, List<Correction> corrections) {

    public RequestDetail {
        checklist = List.copyOf(checklist);
        history = List.copyOf(history);
        complaints = List.copyOf(complaints);
        corrections = List.copyOf(corrections);
    }

    /** A request whose letter was never corrected. */
    public RequestDetail(WorkItem item, String agencyName, String signer, String contact, String notes,
                         String decisionReason, String missingItems, List<ChecklistItem> checklist,
                         List<HistoryEntry> history, String processingSummary, String updatedBy,
                         LocalDateTime updatedAt, List<LetterDetail.RelatedComplaint> complaints,
                         String reviewerName, String processorName) {
        this(item, agencyName, signer, contact, notes, decisionReason, missingItems, checklist, history,
                processingSummary, updatedBy, updatedAt, complaints, reviewerName, processorName, List.of());
    }

    /** One requirement of the service's checklist and whether the letter met it. */
    public record ChecklistItem(String text, boolean fulfilled) {
    }

    /** One row of the request's history. */
    public record HistoryEntry(LocalDateTime at, String actor, RequestState from, RequestState to, String note) {
    }
}
