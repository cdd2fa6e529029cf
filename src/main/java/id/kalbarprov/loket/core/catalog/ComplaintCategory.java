package id.kalbarprov.loket.core.catalog;

/** A complaint category with its settlement deadline in working days. */
public record ComplaintCategory(long id, String code, String name, int workingDays) {
}
