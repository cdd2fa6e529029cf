package id.kalbarprov.loket.store;

import id.kalbarprov.loket.core.calendar.Holiday;
import id.kalbarprov.loket.core.calendar.WorkingCalendar;
import id.kalbarprov.loket.core.catalog.Agency;
import id.kalbarprov.loket.core.catalog.ComplaintCategory;
import id.kalbarprov.loket.core.catalog.ComplaintChannel;
import id.kalbarprov.loket.core.catalog.ReferenceData;
import id.kalbarprov.loket.core.catalog.ServiceKind;
import id.kalbarprov.loket.core.catalog.ServiceStandard;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

/** Reads the editable reference tables: services, agencies, complaint channels and categories, holidays. */
public final class ReferenceStore implements ReferenceData {

    private final Jdbi jdbi;

    public ReferenceStore(Database db) {
        this.jdbi = db.jdbi();
    }

    @Override
    public List<ServiceStandard> services() {
        return jdbi.withHandle(h -> {
            Map<Long, List<ServiceStandard.Requirement>> reqs = new LinkedHashMap<>();
            h.createQuery("SELECT id, service_id, text FROM service_requirement ORDER BY service_id, position")
                    .map((rs, ctx) -> {
                        reqs.computeIfAbsent(rs.getLong("service_id"), k -> new ArrayList<>())
                                .add(new ServiceStandard.Requirement(rs.getLong("id"), rs.getString("text")));
                        return 0;
                    }).list();
            Map<Long, List<String>> steps = new LinkedHashMap<>();
            h.createQuery("SELECT service_id, text FROM service_step ORDER BY service_id, position")
                    .map((rs, ctx) -> steps.computeIfAbsent(rs.getLong("service_id"), k -> new ArrayList<>())
                            .add(rs.getString("text"))).list();
            return h.createQuery("SELECT * FROM service ORDER BY position")
                    .map((rs, ctx) -> new ServiceStandard(rs.getLong("id"),
                            ServiceKind.valueOf(rs.getString("kind")), rs.getString("name"),
                            rs.getString("legal_basis"), reqs.getOrDefault(rs.getLong("id"), List.of()),
                            steps.getOrDefault(rs.getLong("id"), List.of()), rs.getInt("working_days"),
                            rs.getString("cost"), rs.getString("product")))
                    .list();
        });
    }

    @Override
    public List<Agency> agencies() {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT id, name, abbreviation, kind, parent_id, active FROM agency ORDER BY name")
                .map((rs, ctx) -> new Agency(rs.getLong("id"), rs.getString("name"), rs.getString("abbreviation"),
                        rs.getString("kind"), rs.getObject("parent_id") == null ? null : rs.getLong("parent_id"),
                        rs.getInt("active") == 1))
                .list());
    }

    @Override
    public List<ComplaintChannel> complaintChannels() {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM complaint_channel ORDER BY position")
                .map((rs, ctx) -> new ComplaintChannel(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                        rs.getString("detail"), rs.getInt("needs_reference") == 1))
                .list());
    }

    @Override
    public List<ComplaintCategory> complaintCategories() {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM complaint_category ORDER BY position")
                .map((rs, ctx) -> new ComplaintCategory(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                        rs.getInt("working_days")))
                .list());
    }

    public List<Holiday> holidays() {
        return jdbi.withHandle(h -> h.createQuery("SELECT date, kind, name, basis FROM holiday ORDER BY date")
                .map((rs, ctx) -> new Holiday(LocalDate.parse(rs.getString("date")), rs.getString("kind"),
                        rs.getString("name"), rs.getString("basis")))
                .list());
    }

    /** The working-day calendar as this database defines it (holidays and closing time). */
    public WorkingCalendar calendar(SettingsStore settings) {
        LocalTime closing = settings.get(SettingsStore.CLOSING_TIME).map(LocalTime::parse)
                .orElse(WorkingCalendar.DEFAULT_CLOSING);
        return WorkingCalendar.of(holidays(), closing);
    }
}
