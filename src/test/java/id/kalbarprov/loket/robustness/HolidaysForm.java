package id.kalbarprov.loket.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import id.kalbarprov.loket.Loket;
import id.kalbarprov.loket.core.calendar.Holiday;
import id.kalbarprov.loket.core.calendar.HolidayCsv;
import id.kalbarprov.loket.core.calendar.HolidayKind;
import id.kalbarprov.loket.core.calendar.HolidayService;
import id.kalbarprov.loket.ui.calendar.HolidaysViewModel;
import id.kalbarprov.loket.ui.common.TaskRunner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * Pengaturan → Hari Libur: the add form (date typed DD-MM-YYYY, kind, name, basis) and importing a
 * CSV file (good files, files with bad lines, unreadable, missing and binary files), through
 * {@link HolidaysViewModel#add} and {@link HolidaysViewModel#importFile}.
 */
final class HolidaysForm extends VmForm {

    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd-MM-uuuu");
    private static final List<String> BAD_DATES = List.of("31-02-2027", "2027-02-30", "32-01-2027", "00-01-2027",
            "1-13-2027", "31/12/2027", "31.12.2027", "31 Desember 2027", "besok", "2027", "12-2027", "📅",
            "'; DROP TABLE holiday; --", "-1-1-2027", "٣١-١٢-٢٠٢٧", "31-12-２０２７", "1-1-1e4");
    /** Parse fine, but in a year the table never shows. */
    private static final List<String> FAR_DATES = List.of("01-01-0001", "31-12-9999", "1-1-1989", "1-1-2101",
            "0207-01-01", "1-1-+12027", "+12027-01-01", "01-01-1900");
    private static final List<String> KINDS = List.of("libur", "cuti_bersama");

    private final Loket loket;
    private final HolidaysViewModel vm;
    private final Path files;
    private LocalDate nextFree = LocalDate.of(2027, 1, 1);
    private boolean importing;
    private Path file;
    private final Map<LocalDate, Holiday> expected = new LinkedHashMap<>();

    HolidaysForm(Loket loket, Path files) {
        super(loket.database());
        this.loket = loket;
        this.files = files;
        vm = new HolidaysViewModel(loket.holidays(), loket::actor, TaskRunner.direct(), dialogs, i18n,
                loket.clock());
        vm.load();
    }

    @Override
    public String name() {
        return "holidays";
    }

    /** A day not yet in the table (and not drawn before). */
    private LocalDate free(Random r) {
        nextFree = nextFree.plusDays(1 + r.nextInt(20));
        if (nextFree.getYear() > 2099) {
            nextFree = LocalDate.of(1990, 1, 1);
        }
        while (loket.holidays().inYear(nextFree.getYear()).stream().anyMatch(h -> h.date().equals(nextFree))) {
            nextFree = nextFree.plusDays(1);
        }
        return nextFree;
    }

    private LocalDate taken(Random r) {
        List<Holiday> all = loket.holidays().inYear(2026);
        return all.get(r.nextInt(all.size())).date();
    }

    @Override
    public Filled fill(Random r) {
        expected.clear();
        importing = r.nextInt(3) == 0;
        return importing ? fillFile(r) : fillForm(r);
    }

    private Filled fillForm(Random r) {
        Set<String> bad = new TreeSet<>();
        String date;
        LocalDate day = null;
        switch (r.nextInt(8)) {
            case 0 -> { date = pick(r, List.of("", " ", "\t")); bad.add(HolidayService.DATE); }
            case 1 -> { date = pick(r, BAD_DATES); bad.add(HolidayService.DATE); }
            case 2 -> { date = pick(r, FAR_DATES); bad.add(HolidayService.DATE); }
            case 3 -> { date = DMY.format(taken(r)); bad.add(HolidayService.DATE); }
            default -> {
                day = free(r);
                date = r.nextBoolean() ? " " + DMY.format(day) + " " : r.nextBoolean() ? day.toString()
                        : day.getDayOfMonth() + "-" + day.getMonthValue() + "-" + day.getYear();
            }
        }
        HolidayKind kind = mark(bad, HolidayService.KIND, Values.required(r, HolidayKind.values()));
        String name = mark(bad, HolidayService.NAME, Values.requiredText(r, HolidayCsv.MAX_NAME));
        String basis = mark(bad, HolidayService.BASIS, Values.optionalText(r, HolidayCsv.MAX_BASIS));
        vm.dateText().set(date == null ? "" : date);
        vm.kind().set(kind);
        vm.name().set(name == null ? "" : name);
        vm.basis().set(basis == null ? "" : basis);
        if (day != null) {
            expected.put(day, new Holiday(day, kind == null ? null : kind.code(), strip(name),
                    blank(basis) ? null : basis.strip()));
        }
        return new Filled(bad, "add " + shorten(date) + " / " + kind + " / " + shorten(name) + " / " + shorten(basis));
    }

    private Filled fillFile(Random r) {
        Set<String> bad = new TreeSet<>();
        file = files.resolve("libur-" + r.nextInt(1_000_000) + pick(r, List.of(".csv", " 📅.csv", ".txt", "")));
        try {
            switch (r.nextInt(10)) {
                case 0 -> { // not there (or a folder)
                    file = r.nextBoolean() ? files.resolve("tidak-ada/libur.csv") : files;
                    bad.add(DIALOG);
                    return new Filled(bad, "import " + file);
                }
                case 1 -> { // not UTF-8 text
                    byte[] junk = new byte[1 + r.nextInt(4_000)];
                    r.nextBytes(junk);
                    junk[0] = (byte) 0xC3; // an unfinished UTF-8 sequence
                    junk[Math.min(1, junk.length - 1)] = (byte) 0x28;
                    Files.write(file, junk);
                    bad.add(DIALOG);
                    return new Filled(bad, "import " + junk.length + " random bytes");
                }
                default -> {
                    String csv = csv(r, bad);
                    Files.writeString(file, csv, StandardCharsets.UTF_8);
                    return new Filled(bad, "import " + shorten(csv.replace("\n", "⏎")));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A holiday file; any bad line makes the whole file bad. */
    private String csv(Random r, Set<String> bad) {
        StringBuilder b = new StringBuilder();
        if (r.nextInt(6) == 0) {
            b.append('\uFEFF');
        }
        switch (r.nextInt(12)) {
            case 0 -> { b.append(pick(r, List.of("tanggal,jenis,nama,dasar", "date;kind;name;basis", "date,kind,name",
                    "\"date,kind,name,basis", "", "   "))); bad.add(DIALOG); }
            default -> b.append(pick(r, List.of("date,kind,name,basis", " Date , Kind , Name , Basis ",
                    "DATE,KIND,NAME,BASIS")));
        }
        String eol = pick(r, List.of("\n", "\r\n", "\r"));
        int lines = r.nextInt(8);
        if (lines == 0) {
            bad.add(DIALOG); // no rows
        }
        Set<LocalDate> inFile = new HashSet<>();
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < lines; i++) {
            String dateText;
            LocalDate day = null;
            switch (r.nextInt(10)) {
                case 0 -> { dateText = pick(r, BAD_DATES); bad.add(DIALOG); }
                case 1 -> { dateText = pick(r, FAR_DATES); bad.add(DIALOG); }
                case 2 -> { dateText = taken(r).toString(); bad.add(DIALOG); }
                case 3 -> {
                    if (inFile.isEmpty()) {
                        day = free(r);
                    } else {
                        day = inFile.iterator().next(); // twice in one file
                        bad.add(DIALOG);
                    }
                    dateText = day.toString();
                }
                default -> { day = free(r); dateText = day.toString(); }
            }
            String kind = r.nextInt(8) == 0 ? pick(r, List.of("", "Libur", "cuti", "📅", "libur nasional"))
                    : pick(r, KINDS);
            if (!KINDS.contains(kind.strip())) {
                bad.add(DIALOG);
            }
            var name = Values.requiredText(r, HolidayCsv.MAX_NAME);
            String n = name.value() == null ? "" : name.value().replaceAll("[\r\n]", " ");
            if (n.isBlank() || n.strip().length() > HolidayCsv.MAX_NAME) {
                bad.add(DIALOG);
            }
            String basis = r.nextInt(3) == 0 ? "" : pick(r, List.of("SKB 3 Menteri", "Keppres 9/2026, pasal 1",
                    "x".repeat(HolidayCsv.MAX_BASIS + 1)));
            boolean withBasis = r.nextBoolean();
            if (withBasis && basis.length() > HolidayCsv.MAX_BASIS) {
                bad.add(DIALOG);
            }
            String row = switch (r.nextInt(12)) {
                case 0 -> { bad.add(DIALOG); yield dateText + "," + kind; } // too few columns
                case 1 -> { bad.add(DIALOG); yield dateText + "," + kind + "," + quote(n) + "," + quote(basis) + ",x"; }
                case 2 -> { bad.add(DIALOG); yield dateText + "," + kind + ",\"" + n.replace("\"", "") + "," + basis; }
                default -> dateText + "," + kind + "," + quote(n) + (withBasis ? "," + quote(basis) : "");
            };
            rows.add(row);
            if (day != null) {
                inFile.add(day);
                expected.putIfAbsent(day, new Holiday(day, kind.strip(), n.strip(),
                        withBasis && !basis.isEmpty() ? basis : null));
            }
            if (r.nextInt(8) == 0) {
                rows.add(pick(r, List.of("", "  ", "\t")));
            }
        }
        for (String row : rows) {
            b.append(eol).append(row);
        }
        if (r.nextBoolean()) {
            b.append(eol);
        }
        return b.toString();
    }

    private static String quote(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    @Override
    public void submit() {
        if (importing) {
            vm.importFile(file);
        } else {
            vm.add();
        }
    }

    @Override
    public Map<String, String> fieldMessages() {
        return importing ? Map.of() : vm.errors(); // an import tells its problems in a dialog
    }

    @Override
    public Set<String> shownFields() {
        return Set.of(HolidayService.DATE, HolidayService.KIND, HolidayService.NAME, HolidayService.BASIS);
    }

    @Override
    public Map<String, Object> state() {
        Map<String, Object> m = read("SELECT count(*) FROM holiday");
        m.put("holidays", db.jdbi().withHandle(h -> h.createQuery(
                "SELECT group_concat(date || kind || name || coalesce(basis, '-'), ';') FROM holiday")
                .mapTo(String.class).one()));
        return m;
    }

    @Override
    public void checkSaved(Filled filled) {
        assertThat(expected).as("something to save").isNotEmpty();
        for (Holiday h : expected.values()) {
            assertThat(loket.holidays().inYear(h.date().getYear())).as("shown in its year's table")
                    .contains(h);
            assertThat(vm.years()).contains(h.date().getYear());
        }
        if (importing) {
            assertThat(dialogs.shown).anyMatch(d -> d.startsWith("info:"));
            assertThat(vm.importProblems()).isEmpty();
        }
        assertThat(vm.status().get()).isNotBlank();
    }
}
