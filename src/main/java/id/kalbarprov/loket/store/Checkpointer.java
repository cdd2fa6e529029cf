package id.kalbarprov.loket.store;

import java.lang.ref.WeakReference;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/** One daemon thread that checkpoints every open database's write-ahead log once a second. */
final class Checkpointer {

    static final long PERIOD_MS = 1_000;

    private static final ScheduledExecutorService THREAD = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "loket-checkpoint");
        t.setDaemon(true);
        t.setPriority(Thread.NORM_PRIORITY - 1);
        return t;
    });

    private Checkpointer() {
    }

    /** Checkpoints {@code pool}'s file until the pool is closed or no longer used. */
    static void watch(ConnectionPool pool) {
        WeakReference<ConnectionPool> ref = new WeakReference<>(pool);
        AtomicReference<ScheduledFuture<?>> self = new AtomicReference<>();
        self.set(THREAD.scheduleWithFixedDelay(() -> {
            ConnectionPool p = ref.get();
            if (p == null || !p.checkpointIdle()) {
                ScheduledFuture<?> f = self.get();
                if (f != null) {
                    f.cancel(false);
                }
            }
        }, PERIOD_MS, PERIOD_MS, TimeUnit.MILLISECONDS));
    }
}
