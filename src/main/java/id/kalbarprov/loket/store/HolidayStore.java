package id.kalbarprov.loket.store;

import id.kalbarprov.loket.core.calendar.Holiday;
import id.kalbarprov.loket.core.calendar.HolidayStorePort;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** The holiday table; each change and its audit row in one transaction. */
public final class HolidayStore implements HolidayStorePort {

    private final Jdbi jdbi;
    private final Runnable afterChange;

    public HolidayStore(Database db) {
        this(db, () -> { });
    }

    /** {@code afterChange} runs after every committed change (the app drops its cached calendar). */
    public HolidayStore(Database db, Runnable afterChange) {
        this.jdbi = db.jdbi();
        this.afterChange = afterChange;
    }

    @Override
    public List<Integer> years() {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT DISTINCT CAST(substr(date, 1, 4) AS INTEGER) AS y FROM holiday ORDER BY y")
                .mapTo(Integer.class).list());
    }

    @Override
    public List<Holiday> inYear(int year) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT date, kind, name, basis FROM holiday WHERE date >= ? AND date < ? ORDER BY date")
                .bind(0, year + "-01-01").bind(1, (year + 1) + "-01-01")
                .map((rs, ctx) -> new Holiday(LocalDate.parse(rs.getString(1)), rs.getString(2), rs.getString(3),
                        rs.getString(4)))
                .list());
    }

    @Override
    public Optional<Holiday> find(LocalDate date) {
        return jdbi.withHandle(h -> find(h, date));
    }

    private static Optional<Holiday> find(Handle h, LocalDate date) {
        return h.createQuery("SELECT date, kind, name, basis FROM holiday WHERE date = ?").bind(0, date.toString())
                .map((rs, ctx) -> new Holiday(LocalDate.parse(rs.getString(1)), rs.getString(2), rs.getString(3),
                        rs.getString(4)))
                .findOne();
    }

    @Override
    public Set<LocalDate> existing(Collection<LocalDate> dates) {
        if (dates.isEmpty()) {
            return Set.of();
        }
        Set<String> wanted = new HashSet<>();
        dates.forEach(d -> wanted.add(d.toString()));
        Set<LocalDate> found = new HashSet<>();
        jdbi.useHandle(h -> h.createQuery("SELECT date FROM holiday").mapTo(String.class).forEach(d -> {
            if (wanted.contains(d)) {
                found.add(LocalDate.parse(d));
            }
        }));
        return found;
    }

    @Override
    public void insert(Holiday holiday, String actor) {
        jdbi.useTransaction(h -> insert(h, holiday, actor, "add"));
        afterChange.run();
    }

    @Override
    public boolean delete(LocalDate date, String actor) {
        boolean removed = jdbi.inTransaction(h -> {
            Optional<Holiday> before = find(h, date);
            if (before.isEmpty()) {
                return false;
            }
            h.createUpdate("DELETE FROM holiday WHERE date = ?").bind(0, date.toString()).execute();
            AuditLog.append(h, actor, "holiday", date.toString(), "remove", fields(before.get()), null);
            return true;
        });
        afterChange.run();
        return removed;
    }

    @Override
    public void insertAll(List<Holiday> holidays, String actor, String source) {
        jdbi.useTransaction(h -> {
            for (Holiday holiday : holidays) {
                insert(h, holiday, actor, source == null ? "import" : "import " + source);
            }
        });
        afterChange.run();
    }

    private static void insert(Handle h, Holiday holiday, String actor, String action) {
        h.createUpdate("INSERT INTO holiday (date, kind, name, basis) VALUES (?, ?, ?, ?)")
                .bind(0, holiday.date().toString()).bind(1, holiday.kind()).bind(2, holiday.name())
                .bind(3, holiday.basis()).execute();
        AuditLog.append(h, actor, "holiday", holiday.date().toString(), action, null, fields(holiday));
    }

    private static Map<String, Object> fields(Holiday holiday) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("date", holiday.date().toString());
        m.put("kind", holiday.kind());
        m.put("name", holiday.name());
        m.put("basis", holiday.basis());
        return m;
    }
}
