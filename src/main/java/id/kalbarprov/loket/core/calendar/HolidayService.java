package id.kalbarprov.loket.core.calendar;

import id.kalbarprov.loket.core.auth.Actor;
import id.kalbarprov.loket.core.auth.Permission;
import id.kalbarprov.loket.core.validation.Checks;
import id.kalbarprov.loket.core.validation.ValidationException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The holiday and collective-leave table: list by year, add, remove, import a CSV. Every change
 * needs {@link Permission#MANAGE_HOLIDAYS} and is audited by the store in the same transaction.
 *
 * <p>Import rule: a date that is already in the table is an error, like every other bad line, and
 * then nothing is imported. Replacing silently could move the due dates of open requests without
 * anyone noticing; to correct a day, remove it first (which is audited) and import again.
 */
public final class HolidayService {

    /** Field ids for the add form. */
    public static final String DATE = "date";
    public static final String KIND = "kind";
    public static final String NAME = "name";
    public static final String BASIS = "basis";
    public static final String YEAR_RANGE = "validation.holiday.year";

    private final HolidayStorePort store;

    public HolidayService(HolidayStorePort store) {
        this.store = store;
    }

    public List<Integer> years() {
        return store.years();
    }

    public List<Holiday> inYear(int year) {
        return store.inYear(year);
    }

    /**
     * @throws ValidationException date/kind/name problems, or the date is already a holiday
     */
    public Holiday add(LocalDate date, HolidayKind kind, String name, String basis, Actor actor) {
        actor.require(Permission.MANAGE_HOLIDAYS);
        Checks c = new Checks().required(DATE, date).required(KIND, kind).required(NAME, name)
                .maxLength(NAME, name, HolidayCsv.MAX_NAME).maxLength(BASIS, basis, HolidayCsv.MAX_BASIS);
        if (date != null && !HolidayCsv.inRange(date)) {
            c.add(DATE, YEAR_RANGE, String.valueOf(HolidayCsv.FIRST_YEAR), String.valueOf(HolidayCsv.LAST_YEAR));
        }
        if (date != null && !c.has(DATE) && store.find(date).isPresent()) {
            c.add(DATE, "validation.holiday.exists");
        }
        c.throwIfAny();
        Holiday h = new Holiday(date, kind.code(), name.strip(), basis == null || basis.isBlank() ? null : basis.strip());
        store.insert(h, actor.label());
        return h;
    }

    /** Removes the day; false when it was not (or no longer) in the table. */
    public boolean remove(LocalDate date, Actor actor) {
        actor.require(Permission.MANAGE_HOLIDAYS);
        return store.delete(date, actor.label());
    }

    /** What an import brought in: how many days per year. */
    public record Imported(int count, SortedMap<Integer, Integer> perYear) {
    }

    /**
     * Imports a whole file or nothing.
     *
     * @throws HolidayImportException with every bad line (bad date, unknown kind, missing name,
     *         duplicate in the file, already in the table, wrong header, empty file)
     */
    public Imported importCsv(String content, String source, Actor actor) {
        actor.require(Permission.MANAGE_HOLIDAYS);
        HolidayCsv.Result parsed = HolidayCsv.parse(content);
        List<HolidayCsv.Problem> problems = new ArrayList<>(parsed.problems());
        Set<LocalDate> existing = store.existing(parsed.holidays().stream().map(Holiday::date).toList());
        for (HolidayCsv.Row r : parsed.rows()) {
            if (existing.contains(r.holiday().date())) {
                problems.add(HolidayCsv.Problem.of(r.line(), HolidayCsv.EXISTS, r.holiday().date().toString()));
            }
        }
        if (!problems.isEmpty()) {
            problems.sort(java.util.Comparator.comparingInt(HolidayCsv.Problem::line));
            throw new HolidayImportException(problems);
        }
        store.insertAll(parsed.holidays(), actor.label(), source);
        SortedMap<Integer, Integer> perYear = new TreeMap<>();
        parsed.holidays().forEach(h -> perYear.merge(h.date().getYear(), 1, Integer::sum));
        return new Imported(parsed.rows().size(), perYear);
    }
}
