package id.kalbarprov.loket.store;

import id.kalbarprov.loket.core.backup.BackupPort;
import id.kalbarprov.loket.core.backup.BrokenDatabase;
import id.kalbarprov.loket.core.backup.StartupPort;
import java.nio.file.Path;
import java.util.Optional;

/** {@link StartupCheck} and the backups of a database file, for the start-up screen (ui/startup). */
public final class StartupStore implements StartupPort {

    @Override
    public Optional<BrokenDatabase> checkFast(Path file) {
        return diagnosis(StartupCheck.runFast(file));
    }

    @Override
    public Optional<BrokenDatabase> checkDeep(Path file) {
        return StartupCheck.deepCheck(file).map(StartupCheck.Broken::diagnosis);
    }

    @Override
    public Optional<BrokenDatabase> checkAll(Path file) {
        return diagnosis(StartupCheck.run(file));
    }

    @Override
    public BackupPort backups(Path file) {
        return new BackupStore(file, null);
    }

    /** A usable database is closed again: the app opens its own next. */
    private static Optional<BrokenDatabase> diagnosis(StartupCheck.Result result) {
        if (result instanceof StartupCheck.Broken broken) {
            return Optional.of(broken.diagnosis());
        }
        ((StartupCheck.Ready) result).database().close();
        return Optional.empty();
    }
}
