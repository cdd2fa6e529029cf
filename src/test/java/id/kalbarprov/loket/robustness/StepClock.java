package id.kalbarprov.loket.robustness;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A clock that moves only when told, so lockouts start and end inside one test run. */
final class StepClock extends Clock {

    private Instant now;
    private final ZoneId zone;

    StepClock(Clock start) {
        this.now = start.instant();
        this.zone = start.getZone();
    }

    void step(Duration d) {
        now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId z) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Instant instant() {
        return now;
    }
}
