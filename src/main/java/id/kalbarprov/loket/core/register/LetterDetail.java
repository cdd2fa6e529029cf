package id.kalbarprov.loket.core.register;

import id.kalbarprov.loket.core.calendar.DueStatus;
import id.kalbarprov.loket.core.complaints.ComplaintState;
import id.kalbarprov.loket.core.intake.Correction;
import id.kalbarprov.loket.core.intake.SignerRole;
import id.kalbarprov.loket.core.request.RequestState;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Everything known about one incoming letter: its register line, the fields the clerk typed, the
 * service's requirement checklist (which are fulfilled), its history, oldest first, and the
 * complaints made about it, newest first, and its corrections, oldest first (decision 0021).
 * {@code due}/{@code dueStatus} are null while the clock does not run. {@code reviewer} and
 * {@code processor} are full names (the username when no such operator is known).
 */
public record LetterDetail(
        LetterRow row,
        String agencyName,
        SignerRole signerRole,
        String signerName,
        String contactName,
        String contactPhone,
        String notes,
        String createdBy,
        LocalDateTime createdAt,
        LocalDate pausedOn,
        String reviewer,
        String processor,
        String decisionReason,
        String missingItems,
        LocalDate due,
        DueStatus dueStatus,
        List<ChecklistItem> checklist,
        List<HistoryEntry> history,
        List<RelatedComplaint> complaints,
        List<Correction> corrections) {

    public LetterDetail {
        checklist = List.copyOf(checklist);
        history = List.copyOf(history);
        complaints = List.copyOf(complaints);
        corrections = List.copyOf(corrections);
    }

    /** A letter never corrected. */
    public LetterDetail(LetterRow row, String agencyName, SignerRole signerRole, String signerName,
                        String contactName, String contactPhone, String notes, String createdBy,
                        LocalDateTime createdAt, LocalDate pausedOn, String reviewer, String processor,
                        String decisionReason, String missingItems, LocalDate due, DueStatus dueStatus,
                        List<ChecklistItem> checklist, List<HistoryEntry> history, List<RelatedComplaint> complaints) {
        this(row, agencyName, signerRole, signerName, contactName, contactPhone, notes, createdBy, createdAt,
                pausedOn, reviewer, processor, decisionReason, missingItems, due, dueStatus, checklist, history,
                complaints, List.of());
    }

    /** A complaint registered about this request (issue 5: it shows on the request's detail). */
    public record RelatedComplaint(long id, String number, LocalDateTime receivedAt, ComplaintState state, String text) {
    }

    /** One requirement of the service's standard and whether the letter fulfils it. */
    public record ChecklistItem(long requirementId, String text, boolean fulfilled) {
    }

    /** One row of request_history: {@code from} is null for the registration. */
    public record HistoryEntry(LocalDateTime at, String actor, RequestState from, RequestState to, String note) {
    }

    /** Every requirement is fulfilled. */
    public boolean complete() {
        return checklist.stream().allMatch(ChecklistItem::fulfilled);
    }
}
