package id.kalbarprov.loket.documents;

import id.kalbarprov.loket.core.letters.LetterSettings;
import id.kalbarprov.loket.core.letters.Signer;
import id.kalbarprov.loket.core.letters.SignerMissingException;
import id.kalbarprov.loket.core.report.AuditHead;
import id.kalbarprov.loket.core.report.ComplaintFigures;
import id.kalbarprov.loket.core.report.ServiceLine;
import id.kalbarprov.loket.core.report.ServiceReport;
import id.kalbarprov.loket.core.survey.IkmLine;
import id.kalbarprov.loket.core.survey.SurveyElement;
import id.kalbarprov.loket.core.text.IndonesianDates;
import id.kalbarprov.loket.core.text.IndonesianNumbers;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The service report as PDF/A-2b on landscape A4, for the head of office to sign: the letterhead,
 * title and period; the table per service and in total; the monthly trend and the on-time share per
 * service; complaints by channel and by category; the satisfaction index per service against the
 * sample it needs; the place and date with the signer block; and the head of the audit chain at the
 * time, printed in full at the end and short in every page's footer. The same report always gives
 * the same bytes (dates and document ID come from the report).
 */
public final class ReportPdf {

    private final ReportTexts t = new ReportTexts();

    /** @throws SignerMissingException when no signer is set in the letter settings */
    public byte[] render(ServiceReport r, LetterSettings settings) {
        Signer signer = settings.signer().orElseThrow(SignerMissingException::new);
        try (PDDocument doc = new PDDocument()) {
            try (ReportPage p = new ReportPage(doc, LetterPdf.Assets.REGULAR, LetterPdf.Assets.BOLD)) {
                p.y = Kop.draw(doc, p.cs, p.regular, p.bold, settings.letterhead(), ReportPage.LEFT, ReportPage.RIGHT,
                        p.y) - 20;
                heading(p, r);
                services(p, r);
                charts(p, r);
                complaints(p, r.complaints());
                ikm(p, r);
                signature(p, r, settings.place(), signer);
                audit(p, r.auditHead());
                AuditHead h = r.auditHead();
                p.footers(t.t("reports.footer", t.t("reports.documentTitle", r.period().label()) + ", "
                                + IndonesianDates.shortDateTime(r.generatedAt()), h.entryId(), h.shortHash()),
                        (i, n) -> t.t("reports.page", i, n));
            }
            PdfA.identify(doc, t.t("reports.documentTitle", r.period().label()),
                    LetterPdf.titleCase(settings.letterhead().agency()), t.t("reports.subtitle", r.period().label(),
                            r.period().rangeLabel()), r.generatedAt(), documentId(r));
            ByteArrayOutputStream out = new ByteArrayOutputStream(128 * 1024);
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render the report of " + r.period(), e);
        }
    }

    private void heading(ReportPage p, ServiceReport r) throws IOException {
        float center = ReportPage.LEFT + ReportPage.WIDTH / 2;
        p.y -= 4;
        p.centered(p.bold, 13, center, p.y, t.apply("reports.title").toUpperCase(java.util.Locale.ROOT));
        p.y -= 15;
        p.centered(p.regular, 10.5f, center, p.y, t.t("reports.subtitle", r.period().label(), r.period().rangeLabel()));
        if (r.provisional()) {
            p.y -= 13;
            p.centered(p.bold, 9.5f, center, p.y, t.t("reports.provisional", IndonesianDates.longDate(r.asOf())));
        }
        p.gap(14);
    }

    /** A section title, kept on the page with at least the head and first rows of what follows. */
    private void title(ReportPage p, String text) throws IOException {
        p.ensure(90);
        p.y -= 11;
        p.text(p.bold, 10.5f, ReportPage.LEFT, p.y, text);
        p.gap(5);
    }

    private void services(ReportPage p, ServiceReport r) throws IOException {
        title(p, t.apply("reports.services.title"));
        PdfTable.Builder b = PdfTable.builder().text(t.apply("reports.col.service"), 52);
        for (String k : new String[]{"standard", "received", "completed", "onTime", "late", "share", "average", "p90",
            "returned", "refused", "open", "overdue"}) {
            b.number(t.apply("reports.col." + k), k.equals("share") || k.equals("open") ? 19.5f : 17);
        }
        for (ServiceLine l : r.services()) {
            b.row(serviceCells(l, l.name(), String.valueOf(l.workingDays())));
        }
        b.row(serviceCells(r.total(), t.apply("reports.total"), ""), true);
        p.table(b.build(), 8.5f);
        p.gap(3);
        p.paragraph(p.regular, 7, t.t("reports.services.note", IndonesianDates.longDate(r.asOf())));
    }

    static List<String> serviceCells(ServiceLine l, String name, String standard) {
        return List.of(name, standard, n(l.received()), n(l.completed()), n(l.onTime()), n(l.late()),
                IndonesianNumbers.percent(l.onTimeShare()), IndonesianNumbers.decimal(l.averageDays(), 1),
                l.p90Days() == null ? IndonesianNumbers.NONE : n(l.p90Days()), n(l.returned()), n(l.refused()),
                n(l.openAtEnd()), n(l.overdueAtEnd()));
    }

    private void charts(ReportPage p, ServiceReport r) throws IOException {
        float h = 62 * ReportPage.MM;
        if (p.remaining() < h + 10) {
            p.newPage();
        }
        p.gap(8);
        float top = p.y;
        float trendW = ReportPage.WIDTH * 0.6f;
        ReportCharts.trend(p, r.trend(), ReportPage.LEFT, top, trendW, h, t);
        ReportCharts.share(p, r.services(), r.total(), t.apply("reports.total"), ReportPage.LEFT + trendW + 12 * ReportPage.MM,
                top, ReportPage.WIDTH - trendW - 12 * ReportPage.MM, t);
        p.y = top - h;
    }

    private void complaints(ReportPage p, ComplaintFigures c) throws IOException {
        p.gap(6);
        title(p, t.apply("reports.complaints.title") + " (" + n(c.total().received()) + ")");
        p.table(complaintTable(c.byChannel(), "reports.complaints.col.channel", null, c.total()), 8.5f);
        p.gap(6);
        List<ComplaintFigures.Row> cats = new ArrayList<>(c.byCategory());
        p.table(complaintTable(cats, "reports.complaints.col.category", c.uncategorised(), c.total()), 8.5f);
        p.gap(3);
        p.paragraph(p.regular, 7, t.apply("reports.complaints.note"));
    }

    private PdfTable complaintTable(List<ComplaintFigures.Row> rows, String firstHead, ComplaintFigures.Row extra,
                                    ComplaintFigures.Row total) {
        PdfTable.Builder b = PdfTable.builder().text(t.apply(firstHead), 100);
        for (String k : new String[]{"received", "settled", "onTime", "share", "forwarded", "open"}) {
            b.number(t.apply("reports.complaints.col." + k), 22);
        }
        for (ComplaintFigures.Row row : rows) {
            b.row(complaintCells(row, row.name()));
        }
        if (extra != null) {
            b.row(complaintCells(extra, t.apply("reports.complaints.uncategorised")));
        }
        b.row(complaintCells(total, t.apply("reports.total")), true);
        return b.build();
    }

    static List<String> complaintCells(ComplaintFigures.Row r, String name) {
        return List.of(name, n(r.received()), n(r.settled()), n(r.settledOnTime()),
                IndonesianNumbers.percent(r.onTimeShare()), n(r.forwarded()), n(r.open()));
    }

    private void ikm(ReportPage p, ServiceReport r) throws IOException {
        p.gap(6);
        title(p, t.apply("reports.ikm.title"));
        PdfTable.Builder b = PdfTable.builder().text(t.apply("reports.col.service"), 50)
                .number(t.apply("reports.ikm.col.population"), 20).number(t.apply("reports.ikm.col.required"), 17)
                .number(t.apply("reports.ikm.col.respondents"), 19);
        for (SurveyElement e : SurveyElement.values()) {
            b.number(e.name(), 12);
        }
        b.number(t.apply("reports.ikm.col.ikm"), 16).text(t.apply("reports.ikm.col.grade"), 32);
        for (IkmLine l : r.ikm()) {
            b.row(ikmCells(l, l.name()));
        }
        b.row(ikmCells(r.ikmTotal(), t.apply("reports.total")), true);
        p.table(b.build(), 8.5f);
        p.gap(3);
        List<String> short_ = new ArrayList<>();
        for (IkmLine l : r.ikm()) {
            if (!l.enough()) {
                short_.add(t.t("reports.ikm.notEnough", ReportCharts.shortName(l.name()), l.ikm().respondents(),
                        l.required(), l.missing()));
            }
        }
        if (!r.ikmTotal().enough()) {
            short_.add(t.t("reports.ikm.notEnough", t.apply("reports.total"), r.ikmTotal().ikm().respondents(),
                    r.ikmTotal().required(), r.ikmTotal().missing()));
        }
        for (String s : short_.isEmpty() ? List.of(t.apply("reports.ikm.allEnough")) : short_) {
            p.paragraph(short_.isEmpty() ? p.regular : p.bold, 8, s);
        }
        p.gap(2);
        List<String> names = new ArrayList<>();
        for (SurveyElement e : SurveyElement.values()) {
            names.add(e.name() + " " + t.apply("survey.element." + e.name()));
        }
        p.paragraph(p.regular, 7, t.t("reports.ikm.elements", String.join("; ", names)));
        p.paragraph(p.regular, 7, t.apply("reports.ikm.note"));
    }

    List<String> ikmCells(IkmLine l, String name) {
        List<String> cells = new ArrayList<>(List.of(name, n(l.population()), n(l.required()), n(l.ikm().respondents())));
        for (SurveyElement e : SurveyElement.values()) {
            cells.add(IndonesianNumbers.decimal(l.ikm().nrr(e, 2), 2));
        }
        cells.add(IndonesianNumbers.decimal(l.ikm().index(), 2));
        cells.add(l.ikm().grade() == null ? t.apply("reports.ikm.none")
                : l.ikm().grade().name() + " (" + t.apply("survey.grade." + l.ikm().grade().name()) + ")");
        return cells;
    }

    private void signature(ReportPage p, ServiceReport r, String place, Signer s) throws IOException {
        float blockLeft = ReportPage.LEFT + ReportPage.WIDTH * 0.62f;
        float blockW = ReportPage.RIGHT - blockLeft;
        float center = blockLeft + blockW / 2;
        List<String> title = LetterPdf.wrap(p.regular, 10.5f, s.title() + ",", blockW);
        float height = 13 * (title.size() + 4) + 22 * ReportPage.MM;
        p.gap(10);
        p.ensure(height);
        p.y -= 12;
        p.centered(p.regular, 10.5f, center, p.y, IndonesianDates.placeAndDate(place, r.generatedAt().toLocalDate()));
        for (String line : title) {
            p.y -= 13;
            p.centered(p.regular, 10.5f, center, p.y, line);
        }
        p.y -= 22 * ReportPage.MM;
        p.centered(p.bold, 10.5f, center, p.y, s.name());
        float nameW = p.width(p.bold, 10.5f, s.name());
        p.cs.setLineWidth(0.6f);
        p.cs.moveTo(center - nameW / 2, p.y - 1.8f);
        p.cs.lineTo(center + nameW / 2, p.y - 1.8f);
        p.cs.stroke();
        p.y -= 13;
        p.centered(p.regular, 10.5f, center, p.y, s.rank());
        p.y -= 13;
        p.centered(p.regular, 10.5f, center, p.y, s.numberLine());
    }

    private void audit(ReportPage p, AuditHead h) throws IOException {
        p.gap(12);
        p.paragraph(p.regular, 7.5f, h.entryId() == 0 ? t.apply("reports.audit.empty")
                : t.t("reports.audit", h.entryId(), h.at() == null ? "" : IndonesianDates.shortDateTime(
                        LocalDateTime.parse(h.at())), h.hash()));
    }

    private static String n(long v) {
        return IndonesianNumbers.integer(v);
    }

    /** The first 16 bytes of SHA-256 over the period, the time made and the audit head: fixed for the report. */
    static byte[] documentId(ServiceReport r) {
        return PdfA.documentId((r.period().code() + "|" + r.generatedAt() + "|" + r.auditHead().hash()));
    }
}
