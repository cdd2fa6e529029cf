package id.kalbarprov.loket.store;

import static org.assertj.core.api.Assertions.assertThat;

import id.kalbarprov.loket.core.audit.AuditService;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11: three desks, each its own JVM, register, review, forward, process and issue letters at
 * once on one PostgreSQL database, 1,000+ committed actions in all, always reaching for the same
 * oldest request. Agenda and outgoing numbers come out unique and gapless, every acknowledged action
 * is in the database and no update is lost (each state's count is what the acknowledgements add up
 * to; a desk that lost a race was refused, never silently overwritten), and the audit chain verifies.
 */
class ThreeDesksOnTheServerTest {

    static final int PER_DESK = 340;

    @TempDir
    Path dir;

    @AfterEach
    void drop() {
        Backend.dropCreated();
    }

    @Test
    void threeDesksThousandActionsNumbersGaplessNothingLostAuditIntact() throws Exception {
        DbLocation.Server server = (DbLocation.Server) Backend.POSTGRESQL.location(dir);
        Database db = Database.open(server);
        new id.kalbarprov.loket.core.letters.OutgoingLetterService(new OutgoingLetterStore(db),
                new id.kalbarprov.loket.documents.LetterPdf(), LetterFixtures.clock())
                .saveSettings(LetterFixtures.ADMIN, LetterFixtures.form(LetterFixtures.SIGNER));

        List<Process> desks = new ArrayList<>();
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
        List<Thread> readers = new ArrayList<>();
        for (String tag : List.of("A", "B", "C")) {
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-Xmx256m", "-Dloket.logdir=" + dir,
                    "-cp", System.getProperty("java.class.path"), DeskProcess.class.getName(), server.display(), tag,
                    String.valueOf(PER_DESK)).redirectError(dir.resolve(tag + ".err").toFile()).start();
            desks.add(p);
            Thread t = new Thread(() -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = r.readLine()) != null) {
                        lines.add(tag + " " + line);
                    }
                } catch (java.io.IOException ignored) {
                    // the process ended
                }
            });
            t.start();
            readers.add(t);
        }
        for (int i = 0; i < desks.size(); i++) {
            assertThat(desks.get(i).waitFor(600, TimeUnit.SECONDS)).as("desk " + i + " finished").isTrue();
            readers.get(i).join(10_000);
            assertThat(desks.get(i).exitValue()).as(Files.readString(dir.resolve("ABC".charAt(i) + ".err"))).isZero();
        }

        Map<String, Integer> ok = new HashMap<>();
        int conflicts = 0;
        List<String> outgoingNumbers = new ArrayList<>();
        for (String line : lines) {
            String[] w = line.split(" ");
            if (w[1].equals("OK")) {
                ok.merge(w[2], 1, Integer::sum);
                if (w[2].equals("ISSUE")) {
                    outgoingNumbers.add(w[4]);
                }
            } else if (w[1].equals("CONFLICT")) {
                conflicts++;
            }
        }
        assertThat(lines.stream().filter(l -> l.endsWith(" DONE"))).hasSize(3);
        int total = ok.values().stream().mapToInt(Integer::intValue).sum();
        System.out.printf("three desks: %s, %d refused as taken by another desk%n", ok, conflicts);
        assertThat(total).isEqualTo(3 * PER_DESK).isGreaterThanOrEqualTo(1000);

        int registered = ok.getOrDefault("REGISTER", 0);
        TwoInstancesTest.assertGapless(db, registered);
        Map<String, Integer> states = db.jdbi().withHandle(h -> h.createQuery(
                "SELECT state, count(*) FROM letter GROUP BY state").map((rs, ctx) -> Map.entry(rs.getString(1),
                rs.getInt(2))).list()).stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey,
                Map.Entry::getValue));
        int reviewed = ok.getOrDefault("REVIEW", 0);
        int forwarded = ok.getOrDefault("FORWARD", 0);
        int finished = ok.getOrDefault("FINISH", 0);
        int issued = ok.getOrDefault("ISSUE", 0);
        assertThat(issued).as("letters issued").isPositive();
        assertThat(states.getOrDefault("DITERIMA", 0)).isEqualTo(registered - reviewed);
        assertThat(states.getOrDefault("DIKAJI", 0)).isEqualTo(reviewed - forwarded);
        assertThat(states.getOrDefault("DIPROSES", 0)).isEqualTo(forwarded - finished);
        assertThat(states.getOrDefault("SIAP_SURAT", 0)).isEqualTo(finished - issued);
        assertThat(states.getOrDefault("SELESAI", 0)).isEqualTo(issued);
        int history = db.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM request_history")
                .mapTo(Integer.class).one());
        assertThat(history).as("one history row per committed action").isEqualTo(total);

        List<Long> seqs = db.jdbi().withHandle(h -> h.createQuery("SELECT seq FROM outgoing_letter ORDER BY seq")
                .mapTo(Long.class).list());
        assertThat(seqs).as("outgoing numbers unique and gapless")
                .containsExactlyElementsOf(LongStream.rangeClosed(1, issued).boxed().toList());
        List<String> stored = db.jdbi().withHandle(h -> h.createQuery("SELECT number FROM outgoing_letter")
                .mapTo(String.class).list());
        assertThat(stored).containsExactlyInAnyOrderElementsOf(outgoingNumbers);

        assertThat(new AuditService(new AuditStore(db)).firstBrokenRow(LetterFixtures.ADMIN)).as("audit chain")
                .isEmpty();
        db.close();
    }
}
