package id.kalbarprov.loket.documents;

import id.kalbarprov.loket.core.complaints.Complaint;
import id.kalbarprov.loket.core.complaints.ComplaintRecap;
import id.kalbarprov.loket.core.complaints.ComplaintState;
import id.kalbarprov.loket.core.text.IndonesianDates;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes the monthly complaints recap as CSV or XLSX. Counts only, unless {@code withContacts}: then
 * a per-complaint part with the complainants' names and contact details follows (personal data,
 * exported only when the user asks). CSV: Windows-1252, comma-separated, every field quoted
 * (RFC 4180), CRLF line ends: what LibreOffice Calc's default import and Excel read right (0009).
 */
public final class ComplaintRecapExport {

    /** The recap's section names and column heads, from the UI bundles. */
    private final Function<String, String> t;

    public ComplaintRecapExport(Function<String, String> texts) {
        this.t = texts;
    }

    /** One row of the recap part: section, item, count (or text). */
    record Line(String section, String item, Object value) {
    }

    List<Line> lines(ComplaintRecap r) {
        List<Line> out = new ArrayList<>();
        String period = IndonesianDates.monthName(r.month().getMonthValue()) + " " + r.month().getYear();
        out.add(new Line(t.apply("complaints.export.summary"), t.apply("complaints.export.period"), period));
        out.add(new Line(t.apply("complaints.export.summary"), t.apply("complaints.recap.total"), r.total()));
        for (Map.Entry<String, Integer> e : r.byChannel().entrySet()) {
            out.add(new Line(t.apply("complaints.recap.byChannel"), e.getKey(), e.getValue()));
        }
        for (Map.Entry<String, Integer> e : r.byCategory().entrySet()) {
            out.add(new Line(t.apply("complaints.recap.byCategory"), e.getKey(), e.getValue()));
        }
        out.add(new Line(t.apply("complaints.recap.byCategory"), t.apply("complaints.uncategorised"),
                r.uncategorised()));
        for (Map.Entry<ComplaintState, Integer> e : r.byState().entrySet()) {
            out.add(new Line(t.apply("complaints.recap.byState"), t.apply("complaintState." + e.getKey().name()),
                    e.getValue()));
        }
        out.add(new Line(t.apply("complaints.export.summary"), t.apply("complaints.recap.settled"), r.settled()));
        out.add(new Line(t.apply("complaints.export.summary"), t.apply("complaints.recap.onTime"),
                r.settledOnTime()));
        return out;
    }

    List<String> itemHeader() {
        return List.of(t.apply("complaints.col.number"), t.apply("complaints.col.received"),
                t.apply("complaints.col.channel"), t.apply("complaints.field.reference"),
                t.apply("complaints.field.name"), t.apply("complaints.field.agency"),
                t.apply("complaints.field.contact"), t.apply("complaints.col.category"),
                t.apply("complaints.col.state"), t.apply("complaints.col.due"),
                t.apply("complaints.field.deliveredOn"), t.apply("complaints.recap.onTime"));
    }

    List<String> itemRow(ComplaintRecap.Item i) {
        Complaint c = i.complaint();
        return List.of(c.number(), IndonesianDates.shortDateTime(c.receivedAt()), c.channel(),
                nz(c.channelReference()), c.anonymous() ? t.apply("complaints.anonymous") : nz(c.complainantName()),
                nz(c.agency()), nz(c.contact()), c.category() == null ? t.apply("complaints.uncategorised") : c.category(),
                t.apply("complaintState." + c.state().name()),
                i.due() == null ? "" : IndonesianDates.shortDate(i.due()),
                c.deliveredOn() == null ? "" : IndonesianDates.shortDate(c.deliveredOn()),
                c.state() != ComplaintState.SELESAI ? "" : i.onTime() ? t.apply("common.yes")
                        : t.apply("common.no"));
    }

    /** The share as Indonesians write it: "66,7 %" (or "-" when nothing was settled). */
    public static String percent(Double share) {
        return share == null ? "-" : String.format(Locale.forLanguageTag("id"), "%.1f %%", share * 100);
    }

    /**
     * The CSV's encoding: Windows-1252 without a BOM, what LibreOffice Calc's default text import and
     * Excel on an Indonesian Windows both assume (decision 0009: a UTF-8 BOM was shown as "ï»¿" and
     * "é" as "Ã©" by Calc's default). A character it cannot hold becomes "?"; the XLSX keeps everything.
     */
    public static final Charset CSV_CHARSET = Charset.forName("windows-1252");

    public void writeCsv(ComplaintRecap r, boolean withContacts, Path file) {
        CharsetEncoder enc = CSV_CHARSET.newEncoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        try (Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), enc))) {
            csv(w, List.of(t.apply("complaints.export.section"), t.apply("complaints.export.item"),
                    t.apply("complaints.export.count")));
            for (Line l : lines(r)) {
                csv(w, List.of(l.section(), l.item(), String.valueOf(l.value())));
            }
            csv(w, List.of(t.apply("complaints.export.summary"), t.apply("complaints.recap.share"),
                    percent(r.onTimeShare())));
            if (withContacts) {
                w.write("\r\n");
                csv(w, itemHeader());
                for (ComplaintRecap.Item i : r.items()) {
                    csv(w, itemRow(i));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void csv(Writer w, List<String> fields) throws IOException {
        List<String> quoted = new ArrayList<>();
        for (String f : fields) {
            quoted.add("\"" + cell(f).replace("\"", "\"\"") + "\"");
        }
        w.write(String.join(",", quoted));
        w.write("\r\n");
    }

    /**
     * A field as Calc's default import keeps it: a phone number or ticket that it would turn into a
     * number (losing a leading 0 or +, or digits past 15) is written as the text formula ="…";
     * a value starting with = or @ gets a leading apostrophe so it is never run as a formula.
     */
    static String cell(String f) {
        if (f == null) {
            return "";
        }
        if (f.matches("[+-]?0\\d+|\\+\\d+|\\d{16,}")) {
            return "=\"" + f + "\"";
        }
        if (f.startsWith("=") || f.startsWith("@")) {
            return "'" + f;
        }
        return f;
    }

    public void writeXlsx(ComplaintRecap r, boolean withContacts, Path file) {
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook wb = new Workbook(out, "Loket", "1.0");
            Worksheet ws = wb.newWorksheet(t.apply("complaints.export.sheetRecap"));
            ws.value(0, 0, t.apply("complaints.export.section"));
            ws.value(0, 1, t.apply("complaints.export.item"));
            ws.value(0, 2, t.apply("complaints.export.count"));
            ws.range(0, 0, 0, 2).style().bold().fillColor("DDEBF7").set();
            int row = 1;
            for (Line l : lines(r)) {
                ws.value(row, 0, l.section());
                ws.value(row, 1, l.item());
                if (l.value() instanceof Number n) {
                    ws.value(row, 2, n);
                } else {
                    ws.value(row, 2, String.valueOf(l.value()));
                }
                row++;
            }
            ws.value(row, 0, t.apply("complaints.export.summary"));
            ws.value(row, 1, t.apply("complaints.recap.share"));
            if (r.onTimeShare() != null) {
                ws.value(row, 2, r.onTimeShare());
                ws.style(row, 2).format("0.0%").set();
            } else {
                ws.value(row, 2, "-");
            }
            ws.width(0, 16);
            ws.width(1, 58);
            ws.width(2, 14);
            ws.freezePane(0, 1);
            if (withContacts) {
                Worksheet items = wb.newWorksheet(t.apply("complaints.export.sheetItems"));
                List<String> head = itemHeader();
                for (int c = 0; c < head.size(); c++) {
                    items.value(0, c, head.get(c));
                    items.width(c, c == 4 || c == 5 ? 30 : 18);
                }
                items.range(0, 0, 0, head.size() - 1).style().bold().fillColor("DDEBF7").set();
                int i = 1;
                for (ComplaintRecap.Item item : r.items()) {
                    List<String> values = itemRow(item);
                    for (int c = 0; c < values.size(); c++) {
                        items.value(i, c, values.get(c));
                    }
                    i++;
                }
                items.freezePane(0, 1);
            }
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
