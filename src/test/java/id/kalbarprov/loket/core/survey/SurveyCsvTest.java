package id.kalbarprov.loket.core.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SurveyCsvTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final Map<String, Long> SERVICES = new LinkedHashMap<>();

    static {
        SERVICES.put("JARINGAN", 1L);
        SERVICES.put("VICON", 2L);
        SERVICES.put("EMAIL", 3L);
        SERVICES.put("HOSTING", 4L);
        SERVICES.put("CLOUD", 5L);
    }

    private static SurveyCsv.Result parse(String text) {
        return SurveyCsv.parse(text, SERVICES, TODAY);
    }

    @Test
    void goodLinesAreRead() {
        SurveyCsv.Result r = parse("""
                tanggal,layanan,u1,u2,u3,u4,u5,u6,u7,u8,u9
                2026-11-02,VICON,3,4,3,4,3,3,4,3,4
                2026-11-23,hosting,1,2,3,4,1,2,3,4,1
                """);
        assertThat(r.ok()).isTrue();
        assertThat(r.rows()).hasSize(2);
        SurveyCsv.Row first = r.rows().get(0);
        assertThat(first.line()).isEqualTo(2);
        assertThat(first.answeredOn()).isEqualTo(LocalDate.of(2026, 11, 2));
        assertThat(first.serviceId()).isEqualTo(2L);
        assertThat(first.answers()).isEqualTo(Answers.of(3, 4, 3, 4, 3, 3, 4, 3, 4));
        assertThat(r.rows().get(1).serviceId()).isEqualTo(4L);
    }

    @Test
    void windowsLineEndsAByteOrderMarkQuotesAndBlankLinesAreFine() {
        SurveyCsv.Result r = parse("\uFEFF\"tanggal\",\"layanan\",u1,u2,u3,u4,u5,u6,u7,u8,u9\r\n\r\n"
                + "\"2026-01-05\",\"EMAIL\",4,4,4,4,4,4,4,4,4\r\n");
        assertThat(r.problems()).isEmpty();
        assertThat(r.rows()).singleElement().extracting(SurveyCsv.Row::line).isEqualTo(3);
    }

    @Test
    void everyBadLineIsNamedWithWhatIsWrong() {
        SurveyCsv.Result r = parse("""
                tanggal,layanan,u1,u2,u3,u4,u5,u6,u7,u8,u9
                2026-11-02,VICON,3,4,3,4,3,3,4,3,4
                2026-11-31,VICON,3,4,3,4,3,3,4,3,4
                2026-11-03,ZOOM,3,4,3,4,3,3,4,3,4
                2026-11-03,EMAIL,3,4,5,4,3,3,4,3,4
                2026-11-03,EMAIL,3,4,3,4,3,3,4,3
                2026-12-01,EMAIL,3,4,3,4,3,3,4,3,4
                2026-11-03,EMAIL,3,4,3,4,3,,4,3,4
                2016-12-31,EMAIL,3,4,3,4,3,3,4,3,4
                03-11-2026,EMAIL,3,4,3,4,3,3,4,3,4
                2026-11-03,CLOUD,3,4,3,4,3,3,4,3,0
                """);
        assertThat(r.ok()).isFalse();
        assertThat(r.problems()).extracting(SurveyCsv.Problem::line, SurveyCsv.Problem::key).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, SurveyCsv.BAD_DATE),
                org.assertj.core.groups.Tuple.tuple(4, SurveyCsv.BAD_SERVICE),
                org.assertj.core.groups.Tuple.tuple(5, SurveyCsv.BAD_ANSWER),
                org.assertj.core.groups.Tuple.tuple(6, SurveyCsv.BAD_COLUMNS),
                org.assertj.core.groups.Tuple.tuple(7, SurveyCsv.FUTURE_DATE),
                org.assertj.core.groups.Tuple.tuple(8, SurveyCsv.BAD_ANSWER),
                org.assertj.core.groups.Tuple.tuple(9, SurveyCsv.OLD_DATE),
                org.assertj.core.groups.Tuple.tuple(10, SurveyCsv.BAD_DATE),
                org.assertj.core.groups.Tuple.tuple(11, SurveyCsv.BAD_ANSWER));
        assertThat(r.problems().get(2).args()).containsExactly("u3", "5");
        assertThat(r.problems().get(3).args()).containsExactly("10", "11");
        assertThat(r.problems().get(1).args()).containsExactly("ZOOM", "JARINGAN, VICON, EMAIL, HOSTING, CLOUD");
        assertThat(r.problems().get(8).args()).containsExactly("u9", "0");
        assertThat(r.rows()).hasSize(1); // the good line is read, but the caller stores nothing
    }

    @Test
    void aFileWithoutTheHeaderOrWithoutRowsIsRefused() {
        assertThat(parse("2026-11-02,VICON,3,4,3,4,3,3,4,3,4\n").problems())
                .extracting(SurveyCsv.Problem::key).containsExactly(SurveyCsv.BAD_HEADER);
        assertThat(parse("tanggal,layanan,u1,u2,u3,u4,u5,u6,u7,u8,u9\n\n").problems())
                .extracting(SurveyCsv.Problem::key).containsExactly(SurveyCsv.NO_ROWS);
        assertThat(parse("  \n").problems()).extracting(SurveyCsv.Problem::key).containsExactly(SurveyCsv.EMPTY);
        assertThat(parse(null).problems()).extracting(SurveyCsv.Problem::key).containsExactly(SurveyCsv.EMPTY);
        assertThat(parse("tanggal;layanan;u1;u2;u3;u4;u5;u6;u7;u8;u9\n").problems())
                .extracting(SurveyCsv.Problem::key).containsExactly(SurveyCsv.BAD_HEADER);
    }

    @Test
    void anUnclosedQuoteIsABadLine() {
        List<SurveyCsv.Problem> p = parse("tanggal,layanan,u1,u2,u3,u4,u5,u6,u7,u8,u9\n"
                + "\"2026-11-02,VICON,3,4,3,4,3,3,4,3,4\n").problems();
        assertThat(p).extracting(SurveyCsv.Problem::key).containsExactly(SurveyCsv.BAD_COLUMNS);
    }
}
