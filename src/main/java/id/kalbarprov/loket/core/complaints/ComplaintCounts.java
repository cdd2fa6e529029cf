package id.kalbarprov.loket.core.complaints;

/** Beranda's counts: open complaints, and those among them due today and overdue. */
public record ComplaintCounts(int open, int dueToday, int overdue) {
}
