package id.kalbarprov.loket.core.report;

import id.kalbarprov.loket.core.survey.IkmLine;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Everything the Laporan screen and its exports show for one period.
 *
 * @param asOf        the day the open requests are counted on: the period's last day, or today while
 *                    the period runs
 * @param trend       the twelve months ending with the period's last month
 * @param ikm         the index per service; {@code ikmTotal} over all services
 * @param generatedAt when the report was made
 */
public record ServiceReport(ReportPeriod period, LocalDate asOf, List<ServiceLine> services, ServiceLine total,
                            List<TrendPoint> trend, ComplaintFigures complaints, List<IkmLine> ikm, IkmLine ikmTotal,
                            AuditHead auditHead, LocalDateTime generatedAt) {

    public ServiceReport {
        services = List.copyOf(services);
        trend = List.copyOf(trend);
        ikm = List.copyOf(ikm);
    }

    /** True while the period has not ended: the figures are provisional. */
    public boolean provisional() {
        return asOf.isBefore(period.last());
    }
}
