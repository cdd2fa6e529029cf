package id.kalbarprov.loket.core.complaints;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/** What the Pengaduan screen and Beranda read about complaints; implemented by {@code store/ComplaintStore}. */
public interface ComplaintQueries {

    Optional<Complaint> find(long id);

    /** The complaint's history, oldest first. */
    List<ComplaintHistory> history(long id);

    /** The complaints matching {@code filter}, as the list shows them. */
    List<ComplaintRow> list(ComplaintFilter filter);

    /** Every complaint received in {@code month} (the monthly recap). */
    List<Complaint> receivedIn(YearMonth month);

    /** Open complaints, due today and overdue on today's calendar. */
    ComplaintCounts counts();
}
