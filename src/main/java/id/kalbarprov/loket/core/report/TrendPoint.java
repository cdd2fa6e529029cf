package id.kalbarprov.loket.core.report;

import java.time.YearMonth;

/** One month of the trend chart: received, completed, and completed on time. */
public record TrendPoint(YearMonth month, int received, int completed, int onTime) {

    /** On time as a fraction of completed, or null when nothing was completed that month. */
    public Double onTimeShare() {
        return completed == 0 ? null : (double) onTime / completed;
    }
}
