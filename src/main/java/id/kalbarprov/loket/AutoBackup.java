package id.kalbarprov.loket;

import id.kalbarprov.loket.core.backup.BackupService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The automatic backups while the app runs: a daily one (checked shortly after start and then every
 * hour; skipped when today's exists) and one on exit. A failure is logged and reported once per
 * session through {@code onFirstFailure}; it never stops the app.
 */
final class AutoBackup {

    private static final Logger LOG = LoggerFactory.getLogger(AutoBackup.class);

    private final BackupService service;
    private final Consumer<RuntimeException> onFirstFailure;
    private final AtomicBoolean reported = new AtomicBoolean();
    private final AtomicBoolean stopped = new AtomicBoolean();

    /** How long the backup on exit may take when the system ends the app (SIGTERM: logout, shutdown). */
    static final java.time.Duration ON_SIGNAL = java.time.Duration.ofSeconds(20);
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "loket-backup");
        t.setDaemon(true);
        return t;
    });

    AutoBackup(BackupService service, Consumer<RuntimeException> onFirstFailure) {
        this.service = service;
        this.onFirstFailure = onFirstFailure;
    }

    void start() {
        timer.scheduleWithFixedDelay(this::daily, 2, 60, TimeUnit.MINUTES);
    }

    private void daily() {
        try {
            service.dailyIfDue().ifPresent(b -> LOG.info("Daily backup written: {}", b.file()));
        } catch (RuntimeException e) {
            failed("daily", e);
        }
    }

    /** The backup on exit (skipped after a restore). Runs on the caller's thread: the app waits for it. */
    void stopAndBackUp() {
        if (!stopped.compareAndSet(false, true)) {
            return; // already done (closed by hand, then the JVM's shutdown hook)
        }
        timer.shutdownNow();
        try {
            service.onExit().ifPresent(b -> LOG.info("Backup on exit written: {}", b.file()));
        } catch (RuntimeException e) {
            LOG.warn("Backup on exit failed", e);
        }
    }

    /**
     * When the system ends the app (SIGTERM at logout or shutdown; the window's close never comes),
     * the backup on exit still runs, for at most {@code limit}: a backup cut off there leaves only a
     * .part file, removed at the next backup. Then {@code afterwards} (closing the database).
     */
    void backUpOnSignal(java.time.Duration limit, Runnable afterwards) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (stopped.get()) {
                return;
            }
            Thread backup = new Thread(this::stopAndBackUp, "loket-backup-on-exit");
            backup.setDaemon(true);
            backup.start();
            try {
                backup.join(limit.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (backup.isAlive()) {
                LOG.warn("Backup on exit did not finish within {} s of the system's signal to stop; skipped",
                        limit.toSeconds());
                return;
            }
            try {
                afterwards.run();
            } catch (RuntimeException e) {
                LOG.warn("Closing after the signal to stop failed", e);
            }
        }, "loket-shutdown"));
    }

    private void failed(String which, RuntimeException e) {
        LOG.warn("Automatic {} backup failed", which, e);
        if (reported.compareAndSet(false, true)) {
            onFirstFailure.accept(e);
        }
    }
}
