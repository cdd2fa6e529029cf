package id.kalbarprov.loket.ui.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;

/** Background work on one daemon thread (SQLite has one writer anyway), results on the FX thread. */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {

    private final ExecutorService executor;
    private final FxTaskRunner slow;

    /** The screens' worker, with a second thread of low priority for {@link #slow()} work. */
    public FxTaskRunner() {
        this.executor = daemon("loket-worker", Thread.NORM_PRIORITY);
        this.slow = new FxTaskRunner(daemon("loket-slow-check", Thread.MIN_PRIORITY));
    }

    private FxTaskRunner(ExecutorService executor) {
        this.executor = executor;
        this.slow = this;
    }

    private static ExecutorService daemon(String name, int priority) {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            t.setPriority(priority);
            return t;
        });
    }

    /** Long read-only checks on a thread of their own: the screens' queries do not wait behind them. */
    @Override
    public TaskRunner slow() {
        return slow;
    }

    @Override
    public <T> void run(Supplier<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        executor.execute(() -> {
            try {
                T result = work.get();
                Platform.runLater(() -> onSuccess.accept(result));
            } catch (RuntimeException | Error e) {
                Platform.runLater(() -> onFailure.accept(e));
            }
        });
    }

    @Override
    public void close() {
        executor.shutdown();
        if (slow != this) {
            slow.close();
        }
    }
}
