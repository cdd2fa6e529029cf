package id.kalbarprov.loket.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/**
 * The Admin's records check at sign-in reads every record (minutes at 1,000,000 letters); while it runs,
 * the screens' own queries (Beranda, Surat Masuk) must still be answered.
 */
class FxTaskRunnerTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void aScreensQueryIsAnsweredWhileASlowCheckIsStillRunning() throws Exception {
        FxTaskRunner runner = new FxTaskRunner();
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch checked = new CountDownLatch(1);
        runner.slow().run(() -> {
            try {
                return release.await(2, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }, done -> checked.countDown(), e -> { });

        CompletableFuture<String> screen = new CompletableFuture<>();
        runner.run(() -> "Surat Masuk: 100 surat", screen::complete, screen::completeExceptionally);
        // queued behind the check, this would wait until the check is released (never, here)
        assertThat(screen.get(60, TimeUnit.SECONDS)).isEqualTo("Surat Masuk: 100 surat");
        assertThat(checked.getCount()).as("the check is still running").isEqualTo(1);

        release.countDown();
        assertThat(checked.await(60, TimeUnit.SECONDS)).isTrue();
        runner.close();
    }
}
