package id.kalbarprov.loket.documents;

import id.kalbarprov.loket.core.report.AuditHead;
import id.kalbarprov.loket.core.report.ComplaintFigures;
import id.kalbarprov.loket.core.report.ServiceLine;
import id.kalbarprov.loket.core.report.ServiceReport;
import id.kalbarprov.loket.core.report.TrendPoint;
import id.kalbarprov.loket.core.survey.IkmLine;
import id.kalbarprov.loket.core.survey.SurveyElement;
import id.kalbarprov.loket.core.text.IndonesianDates;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The service report as XLSX (fastexcel): one sheet per table — Info (period, as of, audit head),
 * Layanan, Tren bulanan, Pengaduan per kanal, Pengaduan per kategori, IKM — with every count, day
 * figure, share and index written as a number (shares as fractions formatted as percentages), so a
 * spreadsheet can add them up; an empty figure (nothing completed, no respondents) is an empty cell.
 */
public final class ReportXlsx {

    private final ReportTexts t = new ReportTexts();

    public void write(ServiceReport r, Path file) {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(r, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void write(ServiceReport r, OutputStream out) throws IOException {
        Workbook wb = new Workbook(out, "Loket", "1.0");
        info(wb.newWorksheet(t.apply("reports.sheet.info")), r);
        services(wb.newWorksheet(t.apply("reports.sheet.services")), r);
        trend(wb.newWorksheet(t.apply("reports.sheet.trend")), r.trend());
        complaints(wb.newWorksheet(t.apply("reports.sheet.channels")), "reports.complaints.col.channel",
                r.complaints().byChannel(), null, r.complaints().total());
        complaints(wb.newWorksheet(t.apply("reports.sheet.categories")), "reports.complaints.col.category",
                r.complaints().byCategory(), r.complaints().uncategorised(), r.complaints().total());
        ikm(wb.newWorksheet(t.apply("reports.sheet.ikm")), r);
        wb.finish();
    }

    private void info(Worksheet ws, ServiceReport r) {
        AuditHead h = r.auditHead();
        Object[][] rows = {
            {t.apply("reports.title"), r.period().label()},
            {t.apply("reports.info.period"), r.period().code()},
            {t.apply("reports.info.from"), r.period().first()},
            {t.apply("reports.info.to"), r.period().last()},
            {t.apply("reports.info.asOf"), r.asOf()},
            {t.apply("reports.info.generated"), IndonesianDates.shortDateTime(r.generatedAt())},
            {t.apply("reports.info.auditEntry"), h.entryId()},
            {t.apply("reports.info.auditHash"), h.hash()}};
        for (int i = 0; i < rows.length; i++) {
            ws.value(i, 0, (String) rows[i][0]);
            Object v = rows[i][1];
            if (v instanceof java.time.LocalDate d) {
                ws.value(i, 1, d);
                ws.style(i, 1).format("dd-mm-yyyy").set();
            } else if (v instanceof Number n) {
                ws.value(i, 1, n);
            } else {
                ws.value(i, 1, String.valueOf(v));
            }
        }
        ws.range(0, 0, rows.length - 1, 0).style().bold().set();
        ws.width(0, 34);
        ws.width(1, 70);
    }

    private void head(Worksheet ws, List<String> heads) {
        for (int c = 0; c < heads.size(); c++) {
            ws.value(0, c, heads.get(c));
            ws.width(c, c == 0 ? 44 : 14);
        }
        ws.range(0, 0, 0, heads.size() - 1).style().bold().wrapText(true).fillColor("DDEBF7").set();
        ws.freezePane(1, 1);
    }

    private void services(Worksheet ws, ServiceReport r) {
        head(ws, List.of(t.apply("reports.col.service"), t.apply("reports.col.standard"),
                t.apply("reports.col.received"), t.apply("reports.col.completed"), t.apply("reports.col.onTime"),
                t.apply("reports.col.late"), t.apply("reports.col.share"), t.apply("reports.col.average"),
                t.apply("reports.col.p90"), t.apply("reports.col.returned"), t.apply("reports.col.refused"),
                t.apply("reports.col.open"), t.apply("reports.col.overdue")));
        int row = 1;
        for (ServiceLine l : r.services()) {
            serviceRow(ws, row++, l, l.name(), l.workingDays());
        }
        serviceRow(ws, row, r.total(), t.apply("reports.total"), null);
        ws.range(row, 0, row, 12).style().bold().set();
    }

    private static void serviceRow(Worksheet ws, int row, ServiceLine l, String name, Integer standard) {
        ws.value(row, 0, name);
        number(ws, row, 1, standard);
        Object[] values = {l.received(), l.completed(), l.onTime(), l.late()};
        for (int i = 0; i < values.length; i++) {
            ws.value(row, 2 + i, (Number) values[i]);
        }
        share(ws, row, 6, l.onTimeShare());
        number(ws, row, 7, l.averageDays());
        ws.style(row, 7).format("0.0").set();
        number(ws, row, 8, l.p90Days());
        ws.value(row, 9, l.returned());
        ws.value(row, 10, l.refused());
        ws.value(row, 11, l.openAtEnd());
        ws.value(row, 12, l.overdueAtEnd());
    }

    private void trend(Worksheet ws, List<TrendPoint> points) {
        head(ws, List.of(t.apply("reports.col.month"), t.apply("reports.trend.received"),
                t.apply("reports.trend.completed"), t.apply("reports.col.onTime"), t.apply("reports.trend.share")));
        int row = 1;
        for (TrendPoint p : points) {
            ws.value(row, 0, IndonesianDates.monthName(p.month().getMonthValue()) + " " + p.month().getYear());
            ws.value(row, 1, p.received());
            ws.value(row, 2, p.completed());
            ws.value(row, 3, p.onTime());
            share(ws, row, 4, p.onTimeShare());
            row++;
        }
    }

    private void complaints(Worksheet ws, String firstHead, List<ComplaintFigures.Row> rows,
                            ComplaintFigures.Row extra, ComplaintFigures.Row total) {
        head(ws, List.of(t.apply(firstHead), t.apply("reports.complaints.col.received"),
                t.apply("reports.complaints.col.settled"), t.apply("reports.complaints.col.onTime"),
                t.apply("reports.complaints.col.share"), t.apply("reports.complaints.col.forwarded"),
                t.apply("reports.complaints.col.open")));
        int row = 1;
        for (ComplaintFigures.Row r : rows) {
            complaintRow(ws, row++, r, r.name());
        }
        if (extra != null) {
            complaintRow(ws, row++, extra, t.apply("reports.complaints.uncategorised"));
        }
        complaintRow(ws, row, total, t.apply("reports.total"));
        ws.range(row, 0, row, 6).style().bold().set();
    }

    private static void complaintRow(Worksheet ws, int row, ComplaintFigures.Row r, String name) {
        ws.value(row, 0, name);
        ws.value(row, 1, r.received());
        ws.value(row, 2, r.settled());
        ws.value(row, 3, r.settledOnTime());
        share(ws, row, 4, r.onTimeShare());
        ws.value(row, 5, r.forwarded());
        ws.value(row, 6, r.open());
    }

    private void ikm(Worksheet ws, ServiceReport r) {
        List<String> heads = new java.util.ArrayList<>(List.of(t.apply("reports.col.service"),
                t.apply("reports.ikm.col.population"), t.apply("reports.ikm.col.required"),
                t.apply("reports.ikm.col.respondents"), t.apply("reports.ikm.col.enough")));
        for (SurveyElement e : SurveyElement.values()) {
            heads.add(e.name() + " " + t.apply("survey.element." + e.name()));
        }
        heads.add(t.apply("reports.ikm.col.ikm"));
        heads.add(t.apply("reports.ikm.col.grade"));
        head(ws, heads);
        int row = 1;
        for (IkmLine l : r.ikm()) {
            ikmRow(ws, row++, l, l.name());
        }
        ikmRow(ws, row, r.ikmTotal(), t.apply("reports.total"));
        ws.range(row, 0, row, heads.size() - 1).style().bold().set();
    }

    private void ikmRow(Worksheet ws, int row, IkmLine l, String name) {
        ws.value(row, 0, name);
        ws.value(row, 1, l.population());
        ws.value(row, 2, l.required());
        ws.value(row, 3, l.ikm().respondents());
        ws.value(row, 4, l.enough());
        int c = 5;
        for (SurveyElement e : SurveyElement.values()) {
            number(ws, row, c, l.ikm().nrr(e));
            ws.style(row, c).format("0.000").set();
            c++;
        }
        BigDecimal index = l.ikm().index();
        number(ws, row, c, index);
        ws.style(row, c).format("0.00").set();
        if (l.ikm().grade() != null) {
            ws.value(row, c + 1, l.ikm().grade().name() + " " + t.apply("survey.grade." + l.ikm().grade().name()));
        }
    }

    private static void number(Worksheet ws, int row, int col, Number n) {
        if (n != null) {
            ws.value(row, col, n);
        }
    }

    private static void share(Worksheet ws, int row, int col, Double share) {
        if (share != null) {
            ws.value(row, col, share);
            ws.style(row, col).format("0.0%").set();
        }
    }
}
