package id.kalbarprov.loket.documents;

import id.kalbarprov.loket.core.report.AuditHead;
import id.kalbarprov.loket.core.report.ComplaintFigures;
import id.kalbarprov.loket.core.report.ReportPeriod;
import id.kalbarprov.loket.core.report.ServiceLine;
import id.kalbarprov.loket.core.report.ServiceReport;
import id.kalbarprov.loket.core.report.TrendPoint;
import id.kalbarprov.loket.core.survey.Ikm;
import id.kalbarprov.loket.core.survey.IkmLine;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * A November 2026 report with figures written by hand, so a document test can look for each of them:
 * Hosting received 40, completed 35 (30 on time, 5 late), 2.4 working days on average, 90th percentile
 * 4, returned 3, refused 1, open 6 (2 overdue); Video Conference had nothing; two questionnaires for
 * Hosting answering 3 and 4 on every element (IKM 87.50, B), short of the 36 the table asks for 40
 * requests.
 */
public final class SampleReports {

    public static final String HASH = "3f2a91c05be7d412" + "0123456789abcdef".repeat(3);

    private SampleReports() {
    }

    public static ServiceReport november() {
        ServiceLine hosting = new ServiceLine(4L, "Pelayanan Hosting", 3, 40, 35, 30, 5, 2.4, 4, 3, 1, 6, 2);
        ServiceLine vicon = new ServiceLine(2L, "Pelayanan Video Conference", 1, 0, 0, 0, 0, null, null, 0, 0, 0, 0);
        ServiceLine total = new ServiceLine(null, null, 0, 40, 35, 30, 5, 2.4, 4, 3, 1, 6, 2);
        List<TrendPoint> trend = new ArrayList<>();
        for (int i = 11; i >= 0; i--) {
            YearMonth m = YearMonth.of(2026, 11).minusMonths(i);
            trend.add(i == 0 ? new TrendPoint(m, 40, 35, 30) : new TrendPoint(m, 20 + i, 18 + i, 15 + i));
        }
        ComplaintFigures complaints = new ComplaintFigures(
                List.of(new ComplaintFigures.Row("Loket (datang langsung)", 3, 2, 1, 0, 1),
                        new ComplaintFigures.Row("Surel", 0, 0, 0, 0, 0)),
                List.of(new ComplaintFigures.Row("Waktu penyelesaian", 2, 2, 1, 0, 0)),
                new ComplaintFigures.Row(null, 1, 0, 0, 0, 1), new ComplaintFigures.Row(null, 3, 2, 1, 0, 1));
        Ikm two = new Ikm(2, new long[]{7, 7, 7, 7, 7, 7, 7, 7, 7});
        List<IkmLine> ikm = List.of(new IkmLine(4L, "Pelayanan Hosting", two, 40),
                new IkmLine(2L, "Pelayanan Video Conference", Ikm.NONE, 0));
        return new ServiceReport(ReportPeriod.month(2026, 11), LocalDate.of(2026, 11, 30), List.of(hosting, vicon),
                total, trend, complaints, ikm, new IkmLine(null, null, two, 40),
                new AuditHead(1234, HASH, "2026-12-01T08:15:00"), LocalDateTime.of(2026, 12, 1, 9, 0));
    }
}
