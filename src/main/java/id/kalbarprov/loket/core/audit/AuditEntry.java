package id.kalbarprov.loket.core.audit;

/** One row of the audit log as shown: who, when, what, before and after (flat JSON maps). */
public record AuditEntry(long id, String at, String actor, String entity, String entityId, String action,
                         String before, String after) {
}
