package id.kalbarprov.loket.core.catalog;

/** A channel through which complaints arrive. {@code needsReference}: the complaint must carry the
 * channel's own reference (the SP4N-LAPOR! ticket number, the social-media account or post). */
public record ComplaintChannel(long id, String code, String name, String detail, boolean needsReference) {
}
