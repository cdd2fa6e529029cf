package id.kalbarprov.loket.store;

import java.time.Duration;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Reference data read from the database once and kept (the working-day calendar, the service
 * catalogue): every registration and every list needs them, and they change a few times a year.
 * Changes made here invalidate the copy at once ({@link #invalidate}); changes made on another
 * workstation are seen within {@code maxAge}.
 */
public final class ReferenceCache<T> implements Supplier<T> {

    private record Entry<T>(T value, long loadedAt) {
    }

    private final Supplier<T> loader;
    private final long maxAgeNanos;
    private final LongSupplier nanoTime;
    private volatile Entry<T> entry;

    public ReferenceCache(Supplier<T> loader, Duration maxAge, LongSupplier nanoTime) {
        this.loader = loader;
        this.maxAgeNanos = maxAge.toNanos();
        this.nanoTime = nanoTime;
    }

    @Override
    public T get() {
        Entry<T> e = entry;
        long now = nanoTime.getAsLong();
        if (e == null || now - e.loadedAt() > maxAgeNanos) {
            e = new Entry<>(loader.get(), now);
            entry = e;
        }
        return e.value();
    }

    /** The next {@link #get} reads the database again. */
    public void invalidate() {
        entry = null;
    }
}
