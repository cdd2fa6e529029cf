package id.kalbarprov.loket.core.report;

import id.kalbarprov.loket.core.auth.Actor;
import id.kalbarprov.loket.core.auth.Permission;
import id.kalbarprov.loket.core.calendar.WorkingCalendar;
import id.kalbarprov.loket.core.catalog.ComplaintCategory;
import id.kalbarprov.loket.core.catalog.ComplaintChannel;
import id.kalbarprov.loket.core.catalog.ServiceStandard;
import id.kalbarprov.loket.core.survey.Ikm;
import id.kalbarprov.loket.core.survey.IkmLine;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Makes the service report of a period (Kepala Bidang and Admin: {@link Permission#VIEW_REPORTS}):
 * per service and in total, the trend, complaints and the satisfaction index against the sample the
 * Krejcie–Morgan table asks for (the population being the requests received in the period).
 */
public final class ReportService {

    private final ReportPort store;
    private final Supplier<List<ServiceStandard>> services;
    private final Supplier<List<ComplaintChannel>> channels;
    private final Supplier<List<ComplaintCategory>> categories;
    private final Supplier<WorkingCalendar> calendar;
    private final Clock clock;

    public ReportService(ReportPort store, Supplier<List<ServiceStandard>> services,
                         Supplier<List<ComplaintChannel>> channels, Supplier<List<ComplaintCategory>> categories,
                         Supplier<WorkingCalendar> calendar, Clock clock) {
        this.store = store;
        this.services = services;
        this.channels = channels;
        this.categories = categories;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** @throws id.kalbarprov.loket.core.auth.AccessDeniedException unless the actor may see reports */
    public ServiceReport report(ReportPeriod period, Actor actor) {
        actor.require(Permission.VIEW_REPORTS);
        LocalDateTime now = LocalDateTime.now(clock).withNano(0);
        LocalDate today = now.toLocalDate();
        LocalDate asOf = today.isBefore(period.last()) ? today : period.last();
        WorkingCalendar cal = calendar.get();
        List<ServiceStandard> catalogue = services.get();
        RequestTally tally = new RequestTally(period, catalogue, cal);
        ReportPort.Facts facts = store.read(tally, cal, asOf);
        List<ServiceLine> lines = tally.services();
        List<IkmLine> ikm = new ArrayList<>();
        Ikm all = Ikm.NONE;
        for (ServiceLine l : lines) {
            Ikm s = facts.surveys().getOrDefault(l.serviceId(), Ikm.NONE);
            all = all.plus(s);
            ikm.add(new IkmLine(l.serviceId(), l.name(), s, l.received()));
        }
        ServiceLine total = tally.total();
        return new ServiceReport(period, asOf, lines, total, tally.trend(),
                ComplaintFigures.of(facts.complaints(), channels.get(), categories.get(), cal), ikm,
                new IkmLine(null, null, all, total.received()), facts.auditHead(), now);
    }
}
