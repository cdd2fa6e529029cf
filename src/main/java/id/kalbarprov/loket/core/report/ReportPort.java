package id.kalbarprov.loket.core.report;

import id.kalbarprov.loket.core.calendar.WorkingCalendar;
import id.kalbarprov.loket.core.complaints.Complaint;
import id.kalbarprov.loket.core.survey.Ikm;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** What the report needs from the store; implemented by {@code store/ReportStore}. */
public interface ReportPort {

    /** What the store returns beside the request facts it streams into the tally. */
    record Facts(List<Complaint> complaints, Map<Long, Ikm> surveys, AuditHead auditHead) {
        public Facts {
            complaints = List.copyOf(complaints);
            surveys = Map.copyOf(surveys);
        }
    }

    /**
     * Reads one consistent view of the database: streams the requests of the trend window into
     * {@code tally} (receipts, completions, returns, refusals, and the requests open at the end of the
     * period — or on {@code asOf} while the period runs), and returns the period's complaints, the
     * questionnaires' sums per service and the audit log's head.
     */
    Facts read(RequestTally tally, WorkingCalendar calendar, LocalDate asOf);
}
