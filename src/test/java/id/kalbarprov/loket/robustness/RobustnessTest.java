package id.kalbarprov.loket.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import id.kalbarprov.loket.core.validation.ValidationException;
import id.kalbarprov.loket.core.validation.Violation;
import id.kalbarprov.loket.store.Database;
import id.kalbarprov.loket.store.DatabaseCheck;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Thousands of random and malformed values through every form: no crash (only a
 * ValidationException), no partial save (the form's tables move together), and a Violation for
 * each bad field; and none of the NIPs, phone numbers or password hashes they bind in loket.log. Add a
 * form by writing a {@link FormTarget} and one {@code @Test} line below.
 */
class RobustnessTest {

    static final long SEED = 20261123L;
    static final Clock CLOCK = Clock.fixed(LocalDateTime.of(2026, 11, 23, 10, 0)
            .atZone(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());

    @TempDir
    Path dir;

    Path fast;

    /** Where this test's lines begin in loket.log: what it logged is checked for people's data after it. */
    private long logFrom;

    @org.junit.jupiter.api.BeforeEach
    void fastDir() throws java.io.IOException {
        fast = FastDir.create(dir);
        Path log = PrivacyTest.logFile();
        logFrom = java.nio.file.Files.exists(log) ? java.nio.file.Files.size(log) : 0;
    }

    @org.junit.jupiter.api.AfterEach
    void cleanUp() throws java.io.IOException {
        FastDir.delete(fast);
        // The runs bind NIPs, phone numbers and password hashes: none may reach loket.log (PrivacyTest).
        assertThat(PrivacyTest.peopleDataIn(PrivacyTest.logSince(logFrom)))
                .as("NIPs, phone numbers or password hashes in loket.log after this run").isEmpty();
    }

    @Test
    void intakeRegister() throws Exception {
        Database db = Database.open(fast.resolve("loket.db"));
        Stats s = hammer(new IntakeTarget(db, CLOCK), 1_000, SEED);
        assertThat(s.saved).as("some random drafts are good").isGreaterThan(50);
        assertThat(s.refused).as("most are refused").isGreaterThan(600);
        assertThat(DatabaseCheck.run(db.file()).problems()).isEmpty();
    }

    @Test
    void complaintRegister() throws Exception {
        Database db = Database.open(fast.resolve("loket.db"));
        Stats s = hammer(new ComplaintTarget(db, CLOCK), 1_000, SEED);
        assertThat(s.saved).as("some random complaints are good").isGreaterThan(50);
        assertThat(s.refused).as("most are refused").isGreaterThan(600);
        assertThat(DatabaseCheck.run(db.file()).problems()).isEmpty();
    }

    @Test
    void processingRecords() {
        Stats s = hammer(new ProcessingTarget(CLOCK), 2_000, SEED);
        assertThat(s.unsaved).as("some random records are accepted (nothing is written)").isGreaterThan(50);
        assertThat(s.refused).as("most are refused").isGreaterThan(800);
    }

    @Test
    void securitySettings() {
        Stats s = hammer(new SecuritySettingsTarget(Database.open(fast.resolve("loket.db"))), 2_000, SEED);
        assertThat(s.saved).as("some random settings are good").isGreaterThan(50);
        assertThat(s.refused).as("most are refused").isGreaterThan(800);
    }

    /** Outcome counts of one run. */
    static final class Stats {
        int saved;
        int refused;
        int unsaved;
    }

    static <R> Stats hammer(FormTarget<R> target, int attempts, long seed) {
        Random random = new Random(seed);
        Stats stats = new Stats();
        Map<String, Long> before = target.counts();
        for (int i = 0; i < attempts; i++) {
            FormTarget.Input<?> input = target.next(random);
            String where = target.name() + " #" + i + " (seed " + seed + "): " + input.description();
            R result;
            try {
                result = target.submit(input);
            } catch (ValidationException e) {
                Set<String> flagged = e.violations().stream().map(Violation::field).collect(Collectors.toSet());
                assertThat(e.violations()).as(where).isNotEmpty();
                assertThat(input.badFields()).as("refused although good (" + e.violations() + "): " + where)
                        .isNotEmpty();
                assertThat(flagged).as("a Violation for each bad field: " + where).containsAll(input.badFields());
                assertThat(e.violations()).as(where).allSatisfy(v -> assertThat(v.key()).startsWith("validation."));
                Map<String, Long> after = target.counts();
                assertThat(after).as("nothing saved on refusal: " + where).isEqualTo(before);
                stats.refused++;
                continue;
            } catch (RuntimeException e) {
                fail("crash instead of a message: " + where, e);
                return stats;
            }
            assertThat(input.badFields()).as("accepted although bad: " + where).isEmpty();
            int n = target.saved(result);
            Map<String, Long> after = target.counts();
            for (var entry : after.entrySet()) {
                assertThat(entry.getValue()).as(entry.getKey() + " after " + where)
                        .isEqualTo(before.get(entry.getKey()) + n);
            }
            if (n > 0) {
                target.checkSaved(input, result);
                stats.saved++;
            } else {
                stats.unsaved++;
            }
            before = after;
        }
        System.out.printf("ROBUSTNESS %s: %d attempts, %d saved, %d refused, %d not saved (question)%n",
                target.name(), attempts, stats.saved, stats.refused, stats.unsaved);
        return stats;
    }

    static Set<String> sorted(Set<String> s) {
        return new TreeSet<>(s);
    }
}
