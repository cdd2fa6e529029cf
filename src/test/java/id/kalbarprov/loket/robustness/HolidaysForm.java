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
    private LocalDate nextFree = LocalDate.of(2028, 1, 1);
    private boolean importing;
    private Path file;
    private final Map<LocalDate, Holiday> expected = new LinkedHashMap<>();
    private final List<Holiday> seeded;
    private byte[] content;

    HolidaysForm(Loket loket, Path files) {
        super(loket.database());
        this.loket = loket;
        this.files = files;
        vm = new HolidaysViewModel(loket.holidays(), loket::actor, TaskRunner.direct(), dialogs, i18n,
                loket.clock());
        vm.load();
        seeded = loket.holidays().inYear(2026);
        assertThat(seeded).as("seeded holidays").isNotEmpty();
    }

    @Override
    public String name() {
        return "holidays";
    }

    /** A day not yet in the table (and not drawn before): 2028 onwards, the seeded years are 2024-2027. */
    private LocalDate free(Random r) {
        nextFree = nextFree.plusDays(1 + r.nextInt(2));
        assertThat(nextFree.getYear()).as("enough free days").isLessThanOrEqualTo(HolidayCsv.LAST_YEAR);
        return nextFree;
    }

    /** A day already in the table (seeded). */
    private LocalDate taken(Random r) {
        return seeded.get(r.nextInt(seeded.size())).date();
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
        content = null;
        {
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
                    content = junk;
                    bad.add(DIALOG);
                    return new Filled(bad, "import " + junk.length + " random bytes");
                }
                default -> {
                    String csv = csv(r, bad);
                    content = csv.getBytes(StandardCharsets.UTF_8);
                    return new Filled(bad, "import " + shorten(csv.replace("\n", "⏎")));
                }
            }
        }
    }

    /** A holiday file: good lines, and most of the time one thing spoilt (which makes the whole file bad). */
    private String csv(Random r, Set<String> bad) {
        int spoil = r.nextInt(3) == 0 ? -1 : r.nextInt(14);
        if (spoil >= 0) {
            bad.add(DIALOG);
        }
        StringBuilder b = new StringBuilder();
        if (r.nextInt(6) == 0) {
            b.append('\uFEFF');
        }
        b.append(spoil == 0 ? pick(r, List.of("tanggal,jenis,nama,dasar", "date;kind;name;basis", "date,kind,name",
                "\"date,kind,name,basis", "", "   ", "📅")) : pick(r, List.of("date,kind,name,basis",
                " Date , Kind , Name , Basis ", "DATE,KIND,NAME,BASIS")));
        String eol = pick(r, List.of("\n", "\r\n", "\r"));
        int lines = spoil == 1 ? 0 : 1 + r.nextInt(6);
        int spoiltLine = lines == 0 ? -1 : r.nextInt(lines);
        List<LocalDate> inFile = new ArrayList<>();
        Map<LocalDate, Holiday> good = new LinkedHashMap<>();
        for (int i = 0; i < lines; i++) {
            int how = i == spoiltLine ? spoil : -1;
            LocalDate day = free(r);
            String dateText = switch (how) {
                case 2 -> pick(r, BAD_DATES);
                case 3 -> pick(r, FAR_DATES);
                case 4 -> taken(r).toString();
                case 5 -> inFile.isEmpty() ? taken(r).toString() : inFile.get(0).toString(); // twice in one file
                default -> day.toString();
            };
            String kind = how == 6 ? pick(r, List.of("", "Libur", "cuti", "📅", "libur nasional"))
                    : pick(r, KINDS);
            var name = Values.requiredText(r, HolidayCsv.MAX_NAME);
            String n = how == 7 ? pick(r, List.of("", "  ", "x".repeat(HolidayCsv.MAX_NAME + 1), Values.HUGE))
                    : name.bad() ? "Hari libur " + i : name.value().replaceAll("[\r\n]", " ");
            String basis = how == 8 ? "x".repeat(HolidayCsv.MAX_BASIS + 1 + r.nextInt(100))
                    : pick(r, List.of("", "SKB 3 Menteri", "Keppres 9/2026, pasal 1", "\"Dikutip\" saja"));
            boolean withBasis = how == 8 || r.nextBoolean();
            String row = switch (how) {
                case 9 -> dateText + "," + kind; // too few columns
                case 10 -> dateText + "," + kind + "," + quote(n) + "," + quote(basis) + ",x"; // too many
                case 11 -> dateText + "," + kind + ",\"" + n.replace("\"", "") + "," + basis; // quote left open
                default -> dateText + "," + kind + "," + quote(n) + (withBasis ? "," + quote(basis) : "");
            };
            b.append(eol).append(row);
            if (r.nextInt(8) == 0) {
                b.append(eol).append(pick(r, List.of("", "  ", "\t")));
            }
            inFile.add(day);
            good.put(day, new Holiday(day, kind.strip(), n.strip(), withBasis && !basis.isEmpty() ? basis : null));
        }
        if (spoil == 12) { // the same day twice
            b.append(eol).append(inFile.isEmpty() ? "2027-13-01,libur,x" : inFile.get(0) + ",libur,Dua kali");
        }
        if (spoil == 13) { // a stray line of junk
            b.append(eol).append(pick(r, List.of("\u0000\u0000", "'; DROP TABLE holiday; --", ",,,", "\"")));
        }
        if (r.nextBoolean()) {
            b.append(eol);
        }
        if (spoil < 0) {
            expected.putAll(good);
        }
        return b.toString();
    }

    private static String quote(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    @Override
    public void submit() {
        if (importing) {
            if (content != null) {
                try {
                    Files.write(file, content);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
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
                "SELECT max(date) || sum(length(name) + length(coalesce(basis, ''))) FROM holiday")
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
