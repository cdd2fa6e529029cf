package id.kalbarprov.loket.core.calendar;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** What {@link HolidayService} needs from the store. Each write is one transaction with its audit rows. */
public interface HolidayStorePort {

    /** The years that have at least one holiday, ascending. */
    List<Integer> years();

    List<Holiday> inYear(int year);

    Optional<Holiday> find(LocalDate date);

    /** Which of {@code dates} are already in the table. */
    Set<LocalDate> existing(Collection<LocalDate> dates);

    void insert(Holiday holiday, String actor);

    /** False when the date was not in the table. */
    boolean delete(LocalDate date, String actor);

    /** All or nothing, in one transaction; every row audited. */
    void insertAll(List<Holiday> holidays, String actor, String source);
}
