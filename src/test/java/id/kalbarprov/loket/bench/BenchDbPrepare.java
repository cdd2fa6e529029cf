package id.kalbarprov.loket.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Makes the cached 100k database: {@code mvn -B -o test -Pbench -Dtest=BenchDbPrepare}. */
@Tag("benchmark")
class BenchDbPrepare {
    @Test
    void prepare() {
        assertThat(BenchDb.cached()).exists();
    }
}
