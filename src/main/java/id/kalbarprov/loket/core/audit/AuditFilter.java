package id.kalbarprov.loket.core.audit;

import java.time.LocalDate;

/** Filters of the audit view; null fields do not filter. {@code actor} matches part of the name. */
public record AuditFilter(String entity, String actor, LocalDate from, LocalDate to) {

    public static final AuditFilter ALL = new AuditFilter(null, null, null, null);
}
