package id.kalbarprov.loket.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import id.kalbarprov.loket.Loket;
import id.kalbarprov.loket.store.Backup;
import id.kalbarprov.loket.store.BackupStore;
import id.kalbarprov.loket.store.Database;
import id.kalbarprov.loket.store.DemoData;
import id.kalbarprov.loket.store.StartupCheck;
import id.kalbarprov.loket.ui.common.TaskRunner;
import id.kalbarprov.loket.ui.complaints.ComplaintRecapViewModel;
import id.kalbarprov.loket.ui.complaints.ComplaintsContext;
import id.kalbarprov.loket.ui.startup.StartupRestoreViewModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * Files the user picks: "Pulihkan dari berkas lain" in the start-up restore (missing, a folder, empty,
 * random bytes, text, another program's SQLite file, a cut or damaged backup, a good backup) through
 * {@link StartupRestoreViewModel#restoreFrom}, and where the complaint recap is exported (a folder that
 * is gone, a folder instead of a file, odd names) through {@link ComplaintRecapViewModel}.
 */
final class FilesForm extends VmForm {

    private enum Action { RESTORE, EXPORT }

    private final Path dir;
    private final Path damaged;
    private final StepClock clock;
    private final StartupRestoreViewModel restore;
    private final ComplaintRecapViewModel recap;
    private final Path good;
    private final byte[] goodBytes;
    private final long goodLetters;
    private Action action;
    private Path chosen;
    private boolean restored;
    private int serial;

    FilesForm(Loket loket, Path dir, StepClock clock) {
        super(loket.database());
        this.dir = dir;
        this.clock = clock;
        try {
            Path source = dir.resolve("sumber.db");
            DemoData.write(Database.open(source), 20, 3, LocalDate.now(clock));
            good = dir.resolve("cadangan/loket-20261122-163000.db");
            Files.createDirectories(good.getParent());
            Backup.write(source, good, LocalDateTime.of(2026, 11, 22, 16, 30));
            // a backup of another database, in this one's backup folder: its audit anchor is not this database's
            java.nio.file.Files.deleteIfExists(good.resolveSibling(good.getFileName() + ".anchor"));
            goodBytes = Files.readAllBytes(good);
            goodLetters = Backup.verify(good).letters();
            damaged = dir.resolve("rusak/loket.db");
            Files.createDirectories(damaged.getParent());
            Files.writeString(damaged, "PK\u0003\u0004 dokumen Word yang tertimpa".repeat(100));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var broken = ((StartupCheck.Broken) StartupCheck.run(damaged)).diagnosis();
        restore = new StartupRestoreViewModel(broken, new BackupStore(damaged, null), i18n, TaskRunner.direct(),
                dialogs, clock, () -> restored = true);
        recap = new ComplaintRecapViewModel(new ComplaintsContext(loket.complaints(), loket.complaintService(),
                loket.reference(), loket.letters(), loket::actor, loket::calendar, loket.clock(), TaskRunner.direct(),
                dialogs, i18n));
        recap.month().set(YearMonth.now(loket.clock()));
    }

    @Override
    public String name() {
        return "chosen files";
    }

    private Path write(byte[] bytes) {
        Path p = dir.resolve("pilihan-" + (++serial) + ".db");
        try {
            Files.write(p, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    @Override
    public Filled fill(Random r) {
        clock.step(Duration.ofMinutes(1));
        restored = false;
        Set<String> bad = new TreeSet<>();
        action = r.nextInt(3) == 0 ? Action.EXPORT : Action.RESTORE;
        if (action == Action.EXPORT) {
            switch (r.nextInt(4)) {
                case 0 -> { chosen = dir.resolve("usb-dicabut-" + serial + "/rekap.csv"); bad.add(DIALOG); }
                case 1 -> { chosen = dir; bad.add(DIALOG); }
                default -> chosen = dir.resolve(pick(r, List.of("rekap", "rekap 📊 November", "rekap'; DROP", "..rekap"))
                        + "-" + (++serial) + pick(r, List.of(".csv", ".xlsx", "")));
            }
            return new Filled(bad, "export to " + chosen);
        }
        bad.add(DIALOG);
        switch (r.nextInt(10)) {
            case 0 -> chosen = dir.resolve("tidak-ada.db");
            case 1 -> chosen = dir;
            case 2 -> chosen = write(new byte[0]);
            case 3 -> {
                byte[] junk = new byte[1 + r.nextInt(100_000)];
                r.nextBytes(junk);
                chosen = write(junk);
            }
            case 4 -> chosen = write(pick(r, List.of("bukan database", "SQLite format 3", "'; DROP TABLE letter; --"))
                    .repeat(1 + r.nextInt(500)).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            case 5 -> chosen = otherProgram();
            case 6 -> chosen = write(Arrays.copyOf(goodBytes, 1 + r.nextInt(goodBytes.length - 1))); // cut short
            case 7 -> {
                byte[] broken = goodBytes.clone();
                for (int i = 0; i < 50; i++) {
                    broken[100 + r.nextInt(broken.length - 100)] ^= (byte) (1 + r.nextInt(255));
                }
                chosen = write(broken);
                if (Backup.verify(chosen).ok()) { // the bytes changed were unused space: SQLite finds it whole
                    bad.clear();
                }
            }
            default -> { chosen = r.nextBoolean() ? good : write(goodBytes); bad.clear(); }
        }
        return new Filled(bad, "restore from " + chosen);
    }

    /** An SQLite file of some other program. */
    private Path otherProgram() {
        Path p = dir.resolve("lain-" + (++serial) + ".db");
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + p); var st = c.createStatement()) {
            st.execute("CREATE TABLE pelanggan (id INTEGER PRIMARY KEY, nama TEXT)");
            st.execute("INSERT INTO pelanggan (nama) VALUES ('Budi')");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return p;
    }

    @Override
    public void submit() {
        if (action == Action.EXPORT) {
            if (chosen.toString().endsWith(".xlsx")) {
                recap.exportXlsx(chosen);
            } else {
                recap.exportCsv(chosen);
            }
        } else {
            restore.restoreFrom(chosen);
        }
    }

    @Override
    public Map<String, String> fieldMessages() {
        return Map.of();
    }

    @Override
    public Set<String> shownFields() {
        return Set.of();
    }

    /** The database the restore would replace, and the file an export would write. */
    @Override
    public Map<String, Object> state() {
        Map<String, Object> m = read();
        try {
            m.put("database", Arrays.hashCode(Files.readAllBytes(damaged)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (action == Action.EXPORT) {
            m.put("export exists", Files.isRegularFile(chosen));
        }
        return m;
    }

    @Override
    public void checkSaved(Filled filled) {
        if (action == Action.EXPORT) {
            assertThat(chosen).isRegularFile();
            assertThat(dialogs.shown).anyMatch(d -> d.startsWith("info:"));
            return;
        }
        assertThat(restored).as("the app reopens after the restore").isTrue();
        assertThat(Backup.verify(damaged).ok()).as("the database is whole again").isTrue();
        assertThat(Backup.verify(damaged).letters()).isEqualTo(goodLetters);
        assertThat(dialogs.shown).anyMatch(d -> d.startsWith("info:"));
    }
}
