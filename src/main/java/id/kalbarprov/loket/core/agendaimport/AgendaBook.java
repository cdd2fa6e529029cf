package id.kalbarprov.loket.core.agendaimport;

import id.kalbarprov.loket.core.catalog.Agency;
import id.kalbarprov.loket.core.catalog.ServiceStandard;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the old agenda book (issue 14) from its rows: the header names the columns in the usual words
 * (No/No. Agenda, Tanggal Terima/Diterima, Nomor Surat, Tanggal Surat, Asal Surat/Pengirim/Instansi,
 * Perihal/Hal, Layanan, Keterangan), dates are dd-mm-yyyy or dd/mm/yyyy (31-02-2023 is refused), agencies
 * match by name or abbreviation, services by code or name. Every bad line is named by its line number;
 * one bad line refuses the book.
 */
public final class AgendaBook {

    /** The columns the book has. */
    public enum Column { NO, RECEIVED, NUMBER, LETTER_DATE, AGENCY, SUBJECT, SERVICE, NOTES }

    private static final Map<String, Column> HEADERS = new HashMap<>();
    static {
        for (String h : List.of("no", "no agenda", "nomor agenda", "no urut")) {
            HEADERS.put(h, Column.NO);
        }
        for (String h : List.of("tanggal terima", "diterima", "tgl terima", "tanggal diterima", "diterima tanggal")) {
            HEADERS.put(h, Column.RECEIVED);
        }
        for (String h : List.of("nomor surat", "no surat")) {
            HEADERS.put(h, Column.NUMBER);
        }
        for (String h : List.of("tanggal surat", "tgl surat")) {
            HEADERS.put(h, Column.LETTER_DATE);
        }
        for (String h : List.of("asal surat", "pengirim", "instansi", "asal")) {
            HEADERS.put(h, Column.AGENCY);
        }
        for (String h : List.of("perihal", "hal")) {
            HEADERS.put(h, Column.SUBJECT);
        }
        HEADERS.put("layanan", Column.SERVICE);
        HEADERS.put("keterangan", Column.NOTES);
    }

    private static final DateTimeFormatter DASH = DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter SLASH = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private AgendaBook() {
    }

    /** A raw line: its number in the file (1 = the header) and its cells. */
    public record Line(int number, List<String> cells) {
    }

    /**
     * Checks every line; {@code existing} are agenda numbers already in the database.
     *
     * @throws AgendaImportException listing every problem by line; nothing is returned then
     */
    public static List<AgendaRow> read(List<Line> lines, List<Agency> agencies, List<ServiceStandard> services,
                                       Set<String> existing) {
        return read(lines, agencies, services, existing, Map.of());
    }

    /**
     * As {@link #read(List, List, List, Set)}, with the admin's mapping of agency names Loket does not know
     * to known agencies: {@code mapped} is keyed by {@link #agencyKey} of the name as written, and applies
     * to every row with that name. Unknown names left are listed once each with their lines
     * ({@link AgendaImportException#unknownAgencies()}).
     */
    public static List<AgendaRow> read(List<Line> lines, List<Agency> agencies, List<ServiceStandard> services,
                                       Set<String> existing, Map<String, Long> mapped) {
        List<String> problems = new ArrayList<>();
        if (lines.isEmpty()) {
            throw new AgendaImportException(List.of("Berkas kosong: tidak ada baris judul kolom."));
        }
        Map<Column, Integer> at = new EnumMap<>(Column.class);
        List<String> header = lines.get(0).cells();
        for (int i = 0; i < header.size(); i++) {
            Column c = HEADERS.get(key(header.get(i)));
            if (c != null && !at.containsKey(c)) {
                at.put(c, i);
            }
        }
        for (Column c : List.of(Column.NO, Column.RECEIVED, Column.NUMBER, Column.LETTER_DATE, Column.AGENCY,
                Column.SUBJECT, Column.SERVICE)) {
            if (!at.containsKey(c)) {
                problems.add("Baris 1: kolom " + name(c) + " tidak ditemukan di judul kolom.");
            }
        }
        if (!problems.isEmpty()) {
            throw new AgendaImportException(problems);
        }
        List<AgendaRow> rows = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        Map<String, UnknownAgency> unknown = new java.util.LinkedHashMap<>();
        for (Line line : lines.subList(1, lines.size())) {
            if (line.cells().stream().allMatch(s -> s == null || s.isBlank())) {
                continue;
            }
            List<String> bad = new ArrayList<>();
            String no = cell(line, at.get(Column.NO));
            if (no.isEmpty()) {
                bad.add("nomor agenda kosong");
            } else if (!seen.add(no.toLowerCase(Locale.ROOT)) ) {
                bad.add("nomor agenda " + no + " muncul dua kali di berkas");
            } else if (existing.contains(no)) {
                bad.add("nomor agenda " + no + " sudah ada di Loket");
            }
            LocalDate received = date(cell(line, at.get(Column.RECEIVED)), "tanggal terima", bad);
            String number = cell(line, at.get(Column.NUMBER));
            if (number.isEmpty()) {
                bad.add("nomor surat kosong");
            }
            LocalDate letterDate = date(cell(line, at.get(Column.LETTER_DATE)), "tanggal surat", bad);
            String agencyText = cell(line, at.get(Column.AGENCY));
            Long agencyId = agencies.stream().filter(a -> a.name().equalsIgnoreCase(agencyText)
                    || a.abbreviation() != null && a.abbreviation().equalsIgnoreCase(agencyText)).findFirst()
                    .map(Agency::id).orElse(agencyText.isEmpty() ? null : mapped.get(agencyKey(agencyText)));
            if (agencyText.isEmpty()) {
                bad.add("asal surat kosong");
            } else if (agencyId == null) {
                unknown.computeIfAbsent(agencyKey(agencyText), k -> new UnknownAgency(agencyText, new ArrayList<>()))
                        .lines().add(line.number());
            }
            String subject = cell(line, at.get(Column.SUBJECT));
            if (subject.isEmpty()) {
                bad.add("perihal kosong");
            }
            String serviceText = cell(line, at.get(Column.SERVICE));
            ServiceStandard service = services.stream().filter(s -> s.kind().name().equalsIgnoreCase(serviceText)
                    || s.name().equalsIgnoreCase(serviceText)).findFirst().orElse(null);
            if (service == null) {
                bad.add(serviceText.isEmpty() ? "layanan kosong" : "layanan '" + serviceText + "' tidak dikenal");
            }
            String notes = at.containsKey(Column.NOTES) ? cell(line, at.get(Column.NOTES)) : "";
            if (!bad.isEmpty()) {
                problems.add("Baris " + line.number() + ": " + String.join("; ", bad) + ".");
                continue;
            }
            if (agencyId == null) {
                continue;
            }
            rows.add(new AgendaRow(line.number(), no, received, number, letterDate, agencyId, subject, service.id(),
                    notes.isEmpty() ? null : notes));
        }
        if (!problems.isEmpty() || !unknown.isEmpty()) {
            throw new AgendaImportException(problems, List.copyOf(unknown.values()));
        }
        if (rows.isEmpty()) {
            throw new AgendaImportException(List.of("Tidak ada baris surat di bawah judul kolom."));
        }
        return rows;
    }

    private static String cell(Line line, int i) {
        String s = i < line.cells().size() ? line.cells().get(i) : null;
        return s == null ? "" : s.strip();
    }

    private static LocalDate date(String text, String what, List<String> bad) {
        if (text.isEmpty()) {
            bad.add(what + " kosong");
            return null;
        }
        if (text.matches("\\d{5}(\\.0+)?")) {
            // a date cell of a spreadsheet read as its day count (Excel: days since 30 December 1899)
            return LocalDate.of(1899, 12, 30).plusDays(Long.parseLong(text.replaceAll("\\..*", "")));
        }
        try {
            return LocalDate.parse(text, text.contains("/") ? SLASH : DASH);
        } catch (DateTimeParseException e) {
            bad.add(what + " '" + text + "' bukan tanggal yang sah (tulis hh-bb-tttt atau hh/bb/tttt)");
            return null;
        }
    }

    /** An agency name Loket does not know, as first written in the book, and the lines that name it. */
    public record UnknownAgency(String name, List<Integer> lines) {
    }

    /** How an agency name of the book is matched to a mapping: case, spaces and dots do not count. */
    public static String agencyKey(String name) {
        return key(name);
    }

    static String key(String header) {
        String s = header == null ? "" : Normalizer.normalize(header, Normalizer.Form.NFKC).replace('\uFEFF', ' ');
        return s.toLowerCase(Locale.ROOT).replaceAll("[.:]", " ").replaceAll("\\s+", " ").strip();
    }

    private static String name(Column c) {
        return switch (c) {
            case NO -> "No. Agenda";
            case RECEIVED -> "Tanggal Terima";
            case NUMBER -> "Nomor Surat";
            case LETTER_DATE -> "Tanggal Surat";
            case AGENCY -> "Asal Surat";
            case SUBJECT -> "Perihal";
            case SERVICE -> "Layanan";
            case NOTES -> "Keterangan";
        };
    }

    /** CSV text as lines of cells: ';' or ',' (whichever the header uses more), double quotes as usual. */
    public static List<Line> csv(String text) {
        List<Line> lines = new ArrayList<>();
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String firstLine = body.lines().findFirst().orElse("");
        char sep = firstLine.chars().filter(c -> c == ';').count() > firstLine.chars().filter(c -> c == ',').count()
                ? ';' : ',';
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int lineNo = 1;
        int startLine = 1;
        for (int i = 0; i < body.length(); i++) {
            char ch = body.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < body.length() && body.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    if (ch == '\n') {
                        lineNo++;
                    }
                    cell.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == sep) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < body.length() && body.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell.toString());
                cell.setLength(0);
                lines.add(new Line(startLine, List.copyOf(cells)));
                cells.clear();
                lineNo++;
                startLine = lineNo;
            } else {
                cell.append(ch);
            }
        }
        if (cell.length() > 0 || !cells.isEmpty()) {
            cells.add(cell.toString());
            lines.add(new Line(startLine, List.copyOf(cells)));
        }
        return lines;
    }
}
