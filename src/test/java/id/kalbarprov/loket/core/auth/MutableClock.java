package id.kalbarprov.loket.core.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** A clock the test moves forward (or sets to a moment). */
public final class MutableClock extends Clock {
    private Instant now;
    private final ZoneId zone = ZoneId.systemDefault();

    public MutableClock(LocalDateTime start) {
        this.now = start.atZone(zone).toInstant();
    }

    public void advance(Duration d) {
        now = now.plus(d);
    }

    /** Now it is {@code at} (local time). */
    public void set(LocalDateTime at) {
        now = at.atZone(zone).toInstant();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId z) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
