package id.kalbarprov.loket.ui.common;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs slow work (database, PDF) off the FX thread and hands the result back on it. Tests use
 * {@link #direct()}, which runs everything on the calling thread.
 */
public interface TaskRunner {

    <T> void run(Supplier<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /**
     * A runner for long read-only work nobody waits for (the Admin's records check at sign-in reads every
     * letter: minutes at 1,000,000), so that it does not queue every screen's query behind it. This one
     * itself unless the runner has a second thread.
     */
    default TaskRunner slow() {
        return this;
    }

    static TaskRunner direct() {
        return new TaskRunner() {
            @Override
            public <T> void run(Supplier<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
                T result;
                try {
                    result = work.get();
                } catch (RuntimeException | Error e) {
                    onFailure.accept(e);
                    return;
                }
                onSuccess.accept(result);
            }
        };
    }
}
