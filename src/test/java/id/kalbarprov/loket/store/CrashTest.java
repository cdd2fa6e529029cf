package id.kalbarprov.loket.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Power cut at the desk: a writer process registering letters is killed with SIGKILL at random
 * moments, again and again, on the same database. Every registration it acknowledged must be there,
 * agenda numbers unique, and SQLite's integrity_check ok.
 */
class CrashTest {

    @TempDir
    Path dir;

    /** What a run found; printed for docs/BENCHMARKS.md. */
    record Outcome(int trials, int acknowledged, int lost, int killedBeforeReady, long letters) {
    }

    @Test
    void killedWriterLosesNoAcknowledgedRegistration() throws Exception {
        Outcome o = run(20, 20261123L);
        assertThat(o.trials()).isEqualTo(20);
        assertThat(o.acknowledged()).as("the writer got going in most trials").isGreaterThan(20);
        assertThat(o.lost()).isZero();
    }

    @Tag("benchmark")
    @Test
    void twoHundredKills() throws Exception {
        Outcome o = run(200, System.nanoTime());
        System.out.println("CRASH-BENCH " + o);
        assertThat(o.lost()).isZero();
    }

    Outcome run(int trials, long seed) throws Exception {
        Path db = dir.resolve("loket.db");
        Database.open(db);
        Random rnd = new Random(seed);
        Map<String, String> acknowledged = new HashMap<>();
        int beforeReady = 0;
        for (int t = 0; t < trials; t++) {
            WriterProcess w = new WriterProcess(db, "T" + t, null, dir);
            if (rnd.nextInt(5) == 0) {
                // Sometimes while the JVM starts or the database opens (migrations, WAL recovery).
                Thread.sleep(200 + rnd.nextInt(1200));
                beforeReady += w.ready.getCount() > 0 ? 1 : 0;
            } else {
                assertThat(w.firstAck.await(60, TimeUnit.SECONDS)).as("trial %d got going; see %s", t,
                        dir.resolve("T" + t + ".err")).isTrue();
                Thread.sleep(rnd.nextInt(400));
            }
            w.kill();
            for (String line : new ArrayList<>(w.acknowledged)) {
                String[] parts = line.split(" ");
                assertThat(acknowledged.put(parts[0], parts[1])).as("agenda number acknowledged twice: " + line).isNull();
            }
        }
        Jdbi jdbi = Database.open(db).jdbi();
        Map<String, String> stored = new HashMap<>();
        jdbi.useHandle(h -> h.createQuery("SELECT agenda_number, letter_number FROM letter")
                .map((rs, c) -> stored.put(rs.getString(1), rs.getString(2))).list());
        List<String> lost = acknowledged.entrySet().stream()
                .filter(e -> !e.getValue().equals(stored.get(e.getKey()))).map(Map.Entry::getKey).toList();
        long letters = jdbi.withHandle(h -> h.createQuery("SELECT count(*) FROM letter").mapTo(Long.class).one());
        long distinct = jdbi.withHandle(h -> h.createQuery("SELECT count(DISTINCT agenda_number) FROM letter")
                .mapTo(Long.class).one());
        assertThat(distinct).as("agenda numbers unique").isEqualTo(letters);
        long history = jdbi.withHandle(h -> h.createQuery("SELECT count(*) FROM request_history")
                .mapTo(Long.class).one());
        long audit = jdbi.withHandle(h -> h.createQuery("SELECT count(*) FROM audit_log WHERE action = 'register'")
                .mapTo(Long.class).one());
        assertThat(history).as("a history row for each letter, nothing half-saved").isEqualTo(letters);
        assertThat(audit).as("an audit row for each letter").isEqualTo(letters);
        assertThat(DatabaseCheck.run(db).problems()).as("integrity_check, migrations, audit chain").isEmpty();
        assertThat(Files.exists(db)).isTrue();
        Outcome o = new Outcome(trials, acknowledged.size(), lost.size(), beforeReady, letters);
        System.out.println("CRASH " + o);
        assertThat(lost).as("acknowledged but missing").isEmpty();
        return o;
    }
}
