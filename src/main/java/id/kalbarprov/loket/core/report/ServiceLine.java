package id.kalbarprov.loket.core.report;

/**
 * One row of the service report: a service ({@code serviceId} set) or the total (null).
 *
 * @param received     letters received in the period
 * @param completed    requests whose processing finished in the period (the clock stops there)
 * @param onTime       of those, finished on or before their due date
 * @param late         completed after their due date ({@code completed - onTime})
 * @param averageDays  mean working days to completion (paused days excluded), null when none
 * @param p90Days      90th percentile (nearest rank) of the same, null when none
 * @param returned     requests returned to the agency in the period
 * @param refused      requests refused in the period
 * @param openAtEnd    received by the period's end and neither finished nor refused by then
 * @param overdueAtEnd of those, with a running clock past its due date on the period's last day
 */
public record ServiceLine(Long serviceId, String name, int workingDays, int received, int completed, int onTime,
                          int late, Double averageDays, Integer p90Days, int returned, int refused, int openAtEnd,
                          int overdueAtEnd) {

    public boolean isTotal() {
        return serviceId == null;
    }

    /** On time as a fraction of completed (0..1), or null when nothing was completed. */
    public Double onTimeShare() {
        return completed == 0 ? null : (double) onTime / completed;
    }
}
