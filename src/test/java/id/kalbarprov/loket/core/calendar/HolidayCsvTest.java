package id.kalbarprov.loket.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class HolidayCsvTest {

    static final String HEADER = "date,kind,name,basis\n";

    @Test
    void readsTheShippedReferenceFile() throws IOException {
        String content = Files.readString(Path.of("resources/reference/holidays.csv"), StandardCharsets.UTF_8);
        HolidayCsv.Result r = HolidayCsv.parse(content);
        assertThat(r.problems()).isEmpty();
        assertThat(r.rows()).hasSize((int) content.lines().filter(l -> !l.isBlank()).count() - 1);
        assertThat(r.holidays()).contains(new Holiday(LocalDate.of(2024, 1, 1), "libur", "Tahun Baru 2024 Masehi",
                "SKB 855/2023 3/2023 4/2023"));
        assertThat(r.rows().get(0).line()).isEqualTo(2);
    }

    /** Regression (robustness test): a far-off year was imported and then shown in no year of the table. */
    @Test
    void aDateOutsideTheYearsTheTableShowsIsABadLine() {
        HolidayCsv.Result r = HolidayCsv.parse(HEADER + "+12027-01-01,libur,Salah ketik,\n"
                + "0207-01-01,libur,Salah ketik,\n" + "2100-12-31,libur,Batas akhir,\n");
        assertThat(r.problems()).extracting(HolidayCsv.Problem::line, HolidayCsv.Problem::key)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, HolidayCsv.BAD_YEAR),
                        org.assertj.core.groups.Tuple.tuple(3, HolidayCsv.BAD_YEAR));
        assertThat(r.problems().get(0).args()).containsExactly("+12027-01-01", "1990", "2100");
        assertThat(r.holidays()).extracting(Holiday::name).containsExactly("Batas akhir");
    }

    @Test
    void everyBadLineIsReportedWithItsNumberAndReason() {
        String csv = HEADER
                + "2027-01-01,libur,Tahun Baru 2027 Masehi,SKB 1/2026\n"  // 2 good
                + "2027-02-30,libur,Tanggal salah,\n"                     // 3 bad date
                + "2027-03-01,cuti,Jenis salah,\n"                         // 4 unknown kind
                + "2027-03-02,libur,,SKB\n"                                // 5 missing name
                + "2027-01-01,cuti_bersama,Dua kali,\n"                    // 6 duplicate of line 2
                + "\n"                                                     // 7 blank: ignored
                + "2027-04-01,libur\n"                                     // 8 too few columns
                + "01-05-2027,libur,Hari Buruh,\n";                        // 9 bad date format
        HolidayCsv.Result r = HolidayCsv.parse(csv);
        assertThat(r.ok()).isFalse();
        assertThat(r.problems()).extracting(HolidayCsv.Problem::line, HolidayCsv.Problem::key).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, HolidayCsv.BAD_DATE),
                org.assertj.core.groups.Tuple.tuple(4, HolidayCsv.BAD_KIND),
                org.assertj.core.groups.Tuple.tuple(5, HolidayCsv.MISSING_NAME),
                org.assertj.core.groups.Tuple.tuple(6, HolidayCsv.DUPLICATE),
                org.assertj.core.groups.Tuple.tuple(8, HolidayCsv.BAD_COLUMNS),
                org.assertj.core.groups.Tuple.tuple(9, HolidayCsv.BAD_DATE));
        assertThat(r.problems().get(1).args()).containsExactly("cuti");
        assertThat(r.problems().get(3).args()).containsExactly("2027-01-01", "2");
    }

    @Test
    void emptyFileAndHeaderOnlyAreRefused() {
        assertThat(HolidayCsv.parse("").problems()).extracting(HolidayCsv.Problem::key)
                .containsExactly(HolidayCsv.EMPTY);
        assertThat(HolidayCsv.parse("\n  \n").problems()).extracting(HolidayCsv.Problem::key)
                .containsExactly(HolidayCsv.EMPTY);
        assertThat(HolidayCsv.parse(HEADER).problems()).extracting(HolidayCsv.Problem::key)
                .containsExactly(HolidayCsv.NO_ROWS);
    }

    @Test
    void wrongHeaderIsReportedOnItsLine() {
        HolidayCsv.Result r = HolidayCsv.parse("tanggal,jenis,nama\n2027-01-01,libur,Tahun Baru\n");
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.key()).isEqualTo(HolidayCsv.BAD_HEADER);
        });
        assertThat(r.rows()).isEmpty();
    }

    @Test
    void quotedFieldsBomAndWindowsLineEndsAreRead() {
        HolidayCsv.Result r = HolidayCsv.parse("\uFEFFdate,kind,name,basis\r\n"
                + "2027-12-25,libur,\"Natal, Hari Raya\",\"SKB \"\"1\"\"/2026\"\r\n"
                + "2027-12-24,cuti_bersama,Cuti bersama Natal\r\n");
        assertThat(r.problems()).isEmpty();
        assertThat(r.holidays()).containsExactly(
                new Holiday(LocalDate.of(2027, 12, 25), "libur", "Natal, Hari Raya", "SKB \"1\"/2026"),
                new Holiday(LocalDate.of(2027, 12, 24), "cuti_bersama", "Cuti bersama Natal", null));
    }
}
