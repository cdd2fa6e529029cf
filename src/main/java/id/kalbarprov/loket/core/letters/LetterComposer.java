package id.kalbarprov.loket.core.letters;

import id.kalbarprov.loket.core.numbering.NumberPattern;
import id.kalbarprov.loket.core.text.IndonesianDates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Fills a template with a request's facts and lays out the parts of the letter. */
public final class LetterComposer {

    /** Shown instead of the serial in a preview: the number is only taken when the letter is issued. */
    public static final String PREVIEW_SERIAL = "…";

    private LetterComposer() {
    }

    /** The placeholder values for {@code facts}. */
    public static Map<String, String> values(RequestFacts f) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("nomor_surat_pd", f.letterNumber());
        v.put("tanggal_surat_pd", IndonesianDates.longDate(f.letterDate()));
        v.put("perihal", f.subject());
        v.put("nama_pd", f.agencyName());
        v.put("layanan", f.serviceName().replaceFirst("^Pelayanan ", ""));
        v.put("nomor_agenda", f.agendaNumber());
        v.put("rincian", list(f.summary()));
        v.put("kekurangan", list(f.missingItems()));
        v.put("alasan", orDash(f.decisionReason()));
        return v;
    }

    /** The letter number for serial {@code seq} issued on {@code date}. */
    public static String number(LetterSettings s, RequestFacts f, long seq, LocalDate date) {
        return new NumberPattern(s.numberPattern()).format(seq, date.getYear(), date.getMonthValue(),
                s.code(f.service()));
    }

    /** The number as a preview shows it, before a serial is taken. */
    public static String previewNumber(LetterSettings s, RequestFacts f, LocalDate date) {
        long marker = 987_654_321L;
        return number(s, f, marker, date).replace(Long.toString(marker), PREVIEW_SERIAL);
    }

    /** The whole letter; {@code signer} must be present (callers check the settings first). */
    public static LetterContent compose(LetterSettings s, LetterTemplate t, RequestFacts f, String number,
                                        LocalDate date, Signer signer) {
        Map<String, String> values = values(f);
        String subject = Placeholders.fill(t.subject(), values).strip();
        String body = Placeholders.fill(t.body(), values);
        return new LetterContent(s.letterhead(), s.paper(), number, s.place(), date, "Biasa", "-", subject,
                headOf(f.agencyName()), s.addresseePlace(), paragraphs(body), signer, s.tembusan());
    }

    /** Paragraphs are separated by a blank line. */
    public static List<String> paragraphs(String body) {
        List<String> out = new ArrayList<>();
        for (String p : body.replace("\r\n", "\n").split("\\n\\s*\\n")) {
            if (!p.isBlank()) {
                out.add(p.strip());
            }
        }
        return out;
    }

    /** Who heads the agency: "Kepala Dinas ...", "Sekretaris Daerah ...", "Inspektur ...", "Direktur RSUD ...". */
    public static String headOf(String agencyName) {
        String n = agencyName.strip();
        if (n.startsWith("Sekretariat ")) {
            return "Sekretaris " + n.substring("Sekretariat ".length());
        }
        if (n.startsWith("Inspektorat ")) {
            return "Inspektur " + n.substring("Inspektorat ".length());
        }
        if (n.startsWith("Rumah Sakit") || n.startsWith("RSUD") || n.startsWith("RS ")) {
            return "Direktur " + n;
        }
        if (n.startsWith("Kepala ")) {
            return n;
        }
        return "Kepala " + n;
    }

    /** One item: as is. Several lines: a numbered list ("1. ..."), keeping numbers the user typed. */
    static String list(String text) {
        if (text == null || text.isBlank()) {
            return "-";
        }
        List<String> lines = text.strip().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        if (lines.size() == 1) {
            return lines.get(0);
        }
        StringBuilder b = new StringBuilder();
        int i = 1;
        for (String line : lines) {
            String item = line.replaceFirst("^(\\d+[.)]|[-•*])\\s*", "");
            if (b.length() > 0) {
                b.append('\n');
            }
            b.append(i++).append(". ").append(item);
        }
        return b.toString();
    }

    private static String orDash(String s) {
        return s == null || s.isBlank() ? "-" : s.strip();
    }
}
