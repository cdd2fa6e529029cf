package id.kalbarprov.loket.core.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** A clock the test moves forward. */
final class MutableClock extends Clock {
    private Instant now;
    private final ZoneId zone = ZoneId.systemDefault();

    MutableClock(LocalDateTime start) {
        this.now = start.atZone(zone).toInstant();
    }

    void advance(Duration d) {
        now = now.plus(d);
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
