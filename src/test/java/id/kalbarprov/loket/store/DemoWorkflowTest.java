package id.kalbarprov.loket.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

@OnBothBackends
class DemoWorkflowTest {

    @Parameter
    Backend backend;

    @TempDir
    Path dir;

    @Test
    void demoRequestsCarryTheirWorkflowFacts() {
        Database db = backend.open(dir);
        DemoData.write(db, 3000, 11, LocalDate.of(2026, 11, 23));
        db.jdbi().useHandle(h -> {
            Map<String, Integer> byState = new java.util.HashMap<>();
            h.createQuery("SELECT state, count(*) FROM letter GROUP BY state")
                    .map((rs, ctx) -> byState.put(rs.getString(1), rs.getInt(2))).list();
            assertThat(byState).containsKeys("SELESAI", "DITOLAK", "DIKEMBALIKAN", "DIKAJI", "DIPROSES", "SIAP_SURAT");

            int finishedWithout = h.createQuery("""
                    SELECT count(*) FROM letter l LEFT JOIN request_processing p ON p.letter_id = l.id
                    WHERE l.state IN ('SIAP_SURAT', 'SELESAI') AND (p.summary IS NULL OR l.processor IS NULL)""")
                    .mapTo(Integer.class).one();
            assertThat(finishedWithout).isZero();
            int processingOfOthers = h.createQuery("""
                    SELECT count(*) FROM request_processing p JOIN letter l ON l.id = p.letter_id
                    JOIN service s ON s.id = l.service_id
                    WHERE l.state NOT IN ('SIAP_SURAT', 'SELESAI') OR p.kind <> s.kind""").mapTo(Integer.class).one();
            assertThat(processingOfOthers).isZero();
            assertThat(h.createQuery("""
                    SELECT count(*) FROM letter WHERE state = 'DIKEMBALIKAN'
                    AND (decision_reason IS NULL OR missing_items IS NULL OR paused_on IS NULL)""")
                    .mapTo(Integer.class).one()).isZero();
            assertThat(h.createQuery("SELECT count(*) FROM letter WHERE state = 'DITOLAK' AND decision_reason IS NULL")
                    .mapTo(Integer.class).one()).isZero();
            assertThat(h.createQuery("""
                    SELECT count(*) FROM letter WHERE (state = 'DIKAJI' AND reviewer IS NULL)
                    OR (state = 'DIPROSES' AND processor IS NULL)""").mapTo(Integer.class).one()).isZero();
            List<String> summaries = h.createQuery("SELECT summary FROM request_processing").mapTo(String.class).list();
            assertThat(summaries).allMatch(s -> s.endsWith(".") && s.contains("telah"));
            assertThat(h.createQuery("SELECT details FROM request_processing").mapTo(String.class).list())
                    .noneMatch(d -> d.toLowerCase().contains("password\":\"") || d.contains("sandi\":"));
        });
    }
}
