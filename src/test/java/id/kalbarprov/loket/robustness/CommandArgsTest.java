package id.kalbarprov.loket.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import id.kalbarprov.loket.Launcher;
import id.kalbarprov.loket.store.Backup;
import id.kalbarprov.loket.store.Database;
import id.kalbarprov.loket.store.DatabaseCheck;
import id.kalbarprov.loket.store.DemoData;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command with random argument lists: the answer is always a clean exit (0, 1 or 2) with a
 * message on a refusal, never a stack trace; the database stays healthy. A new command is covered
 * by adding its name and options to {@link #OPTIONS}.
 */
class CommandArgsTest {

    /**
     * Each command's options; random lists mix them with options of other commands and junk. Sorted by
     * name: {@code Map.of} iterates in an order that changes with every JVM, and the fixed seed must fix
     * the whole sequence of lists.
     */
    static final Map<String, List<String>> OPTIONS = new TreeMap<>(Map.of(
            "demo-data", List.of("--letters", "--seed"),
            "check", List.of(),
            "due-date", List.of("--registered", "--working-days"),
            "backup", List.of("--out"),
            "restore", List.of("--from"),
            "attach", List.of("--agenda", "--file"),
            "attachments", List.of("--out"),
            "receipt", List.of("--agenda", "--out", "--paper"),
            "verify", List.of("--pdf"),
            "import-agenda", List.of("--from")));

    static {
        OPTIONS.put("agenda-export", List.of("--from", "--to", "--out"));
    }

    @TempDir
    Path tempDir;
    Path dir;

    @org.junit.jupiter.api.BeforeEach
    void fastDir() {
        dir = FastDir.create(tempDir);
    }

    @org.junit.jupiter.api.AfterEach
    void cleanUp() {
        FastDir.delete(dir);
    }

    record Run(int code, String out, String err) {
    }

    static Run run(List<String> args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = Launcher.commandLine().execute(args.toArray(String[]::new));
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    /** {@code value} resolved in the temp folder when it is a relative path rather than an option. */
    private String insideTemp(String value) {
        if (value.isBlank() || value.matches("--?[a-z-]*")) {
            return value;
        }
        try {
            Path p = Path.of(value);
            return p.isAbsolute() ? value : dir.resolve(p).toString();
        } catch (java.nio.file.InvalidPathException e) {
            return value;
        }
    }

    @Test
    void randomArgumentListsGetACleanAnswer() throws Exception {
        Path db = dir.resolve("loket.db");
        DemoData.write(Database.open(db), 50, 1, LocalDate.of(2026, 11, 20));
        Path good = dir.resolve("good-backup.db");
        Backup.write(db, good, LocalDateTime.of(2026, 11, 23, 10, 0));
        Path junk = Files.writeString(dir.resolve("junk.db"), "bukan database".repeat(100));
        Files.createDirectories(dir.resolve("folder"));
        Random r = new Random(20261123L);
        List<String> values = new ArrayList<>(List.of("", " ", "-1", "0", "3", "2", "abc", "1e3", "99999999999999999999",
                "5000001", "367", "2147483648", "-2147483649", "２", "2026-03-17T10:00", "2026-02-30T10:00",
                "+999999999-12-31T23:59", "-999999999-01-01T00:00", "1900-01-01T00:00", "2026-03-17", "kemarin",
                "📨", "'; DROP TABLE letter; --", "\u0000", "--", "-", "--help", "--version", "-h", "--db",
                "--unknown", "=", "--letters=", "--out=", Values.longText(r, 5_000),
                junk.toString(), good.toString(), dir.toString(), dir.resolve("folder").toString(),
                dir.resolve("missing/x.db").toString(), "/dev/null", "/proc/version", "/nonexistent/folder/x.db"));
        List<String> commands = new ArrayList<>(OPTIONS.keySet());
        List<String> allOptions = OPTIONS.values().stream().flatMap(List::stream).toList();
        int[] byCode = new int[3];
        int attempts = 300;
        for (int i = 0; i < attempts; i++) {
            List<String> args = new ArrayList<>();
            String command = commands.get(r.nextInt(commands.size()));
            args.add(command);
            for (int n = r.nextInt(6); n > 0; n--) {
                int kind = r.nextInt(10);
                List<String> own = OPTIONS.get(command);
                if (kind < 4 && !own.isEmpty()) {
                    args.add(own.get(r.nextInt(own.size())));
                    args.add(values.get(r.nextInt(values.size())));
                } else if (kind < 5) {
                    args.add(allOptions.get(r.nextInt(allOptions.size())));
                } else if (kind < 6) {
                    args.add(dir.resolve("out-" + i + (r.nextBoolean() ? "-📨.db" : ".db")).toString());
                } else {
                    args.add(values.get(r.nextInt(values.size())));
                }
            }
            if (r.nextInt(3) > 0 && command.equals("backup")) {
                args.add("--out");
                args.add(dir.resolve("backup-" + i + ".db").toString());
            }
            if (r.nextInt(3) > 0 && command.equals("restore")) {
                args.add("--from");
                args.add(r.nextBoolean() ? good.toString() : junk.toString());
            }
            // demo-data without a count writes its default thousands of letters: seconds each, and nothing
            // more about argument handling; a small count keeps the run short.
            if (command.equals("demo-data") && args.stream().noneMatch(a -> a.startsWith("--letters"))) {
                args.add("--letters");
                args.add("30");
            }
            // A relative file to write ("1e3") lands in the temp folder, never in the working directory.
            for (int j = 1; j < args.size(); j++) {
                if (args.get(j - 1).equals("--out")) {
                    args.set(j, insideTemp(args.get(j)));
                }
            }
            // Always our database, so a random list never reaches the user's real one.
            args.add("--db");
            args.add(db.toString());
            Run result = run(args);
            String where = "#" + i + " " + args;
            assertThat(result.code()).as(where).isBetween(0, 2);
            byCode[result.code()]++;
            if (result.code() != 0) {
                assertThat(result.err()).as("a message on refusal: " + where).isNotBlank();
            }
            assertThat(result.err() + result.out()).as("no stack trace: " + where)
                    .doesNotContain("\tat ", "Exception in thread", "Caused by:");
        }
        System.out.printf("COMMANDS %d random argument lists: %d ok, %d problem, %d bad arguments%n", attempts,
                byCode[0], byCode[1], byCode[2]);
        assertThat(byCode[0]).as("some lists are valid").isPositive();
        assertThat(byCode[1]).isPositive();
        assertThat(byCode[2]).isPositive();
        assertThat(DatabaseCheck.run(db).problems()).isEmpty();
    }
}
