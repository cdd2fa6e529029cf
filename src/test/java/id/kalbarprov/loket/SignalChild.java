package id.kalbarprov.loket;

import id.kalbarprov.loket.core.backup.BackupService;
import id.kalbarprov.loket.store.BackupStore;
import id.kalbarprov.loket.store.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/** The app's automatic backup wired as LoketApp wires it, waiting to be ended by a signal (SignalBackupTest). */
public final class SignalChild {

    private SignalChild() {
    }

    public static void main(String[] args) throws Exception {
        Database db = Database.open(Path.of(args[0]));
        BackupService service = new BackupService(new BackupStore(db), Clock.systemDefaultZone());
        if (args.length > 1) { // a backup slower than the limit: the stand-in port sleeps
            service = new BackupService(new SlowPort(new BackupStore(db)), Clock.systemDefaultZone());
        }
        AutoBackup auto = new AutoBackup(service, e -> { });
        auto.backUpOnSignal(args.length > 1 ? Duration.ofSeconds(Long.parseLong(args[1])) : AutoBackup.ON_SIGNAL,
                db::close);
        System.out.println("READY");
        System.out.flush();
        Thread.sleep(600_000);
    }

    /** Writes nothing for a minute. */
    static final class SlowPort implements id.kalbarprov.loket.core.backup.BackupPort {
        private final BackupStore real;

        SlowPort(BackupStore real) {
            this.real = real;
        }

        @Override
        public id.kalbarprov.loket.core.backup.BackupSettings readSettings() {
            return real.readSettings();
        }

        @Override
        public void saveSettings(id.kalbarprov.loket.core.backup.BackupSettings s, String actor) {
            real.saveSettings(s, actor);
        }

        @Override
        public String stem() {
            return real.stem();
        }

        @Override
        public id.kalbarprov.loket.core.backup.BackupInfo write(Path target) {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return real.write(target);
        }

        @Override
        public java.util.List<id.kalbarprov.loket.core.backup.BackupInfo> list(Path folder) {
            return real.list(folder);
        }

        @Override
        public void delete(id.kalbarprov.loket.core.backup.BackupInfo b) {
            real.delete(b);
        }

        @Override
        public id.kalbarprov.loket.core.backup.BackupCheck verify(Path file) {
            return real.verify(file);
        }

        @Override
        public Path restore(Path backup, java.time.LocalDateTime now) {
            return real.restore(backup, now);
        }

        @Override
        public boolean automaticHere() {
            return true;
        }
    }
}
