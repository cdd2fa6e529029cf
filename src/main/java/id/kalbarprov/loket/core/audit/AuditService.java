package id.kalbarprov.loket.core.audit;

import id.kalbarprov.loket.core.auth.Actor;
import id.kalbarprov.loket.core.auth.Permission;
import id.kalbarprov.loket.core.register.Page;
import java.util.List;
import java.util.Optional;

/** Reading the audit log and checking its hash chain: only for operators allowed to view the audit. */
public final class AuditService {

    public static final int PAGE_SIZE = 50;

    private final AuditPort port;

    public AuditService(AuditPort port) {
        this.port = port;
    }

    public Page<AuditEntry> search(Actor actor, AuditFilter filter, int offset) {
        actor.require(Permission.VIEW_AUDIT);
        return port.search(filter == null ? AuditFilter.ALL : filter, Math.max(0, offset), PAGE_SIZE);
    }

    public List<String> entities(Actor actor) {
        actor.require(Permission.VIEW_AUDIT);
        return port.entities();
    }

    /** How to name the people and records of {@code entries} (see {@link AuditNames}). */
    public AuditNames names(Actor actor, List<AuditEntry> entries) {
        actor.require(Permission.VIEW_AUDIT);
        return port.names(entries);
    }

    /** The records changed behind the app's back, in words (see {@link AuditPort#changedRecords()}). */
    public List<String> changedRecords(Actor actor) {
        actor.require(Permission.VIEW_AUDIT);
        return port.changedRecords();
    }

    /** The first row where the chain breaks (an edit behind the app's back), or empty. */
    public Optional<Long> firstBrokenRow(Actor actor) {
        actor.require(Permission.VIEW_AUDIT);
        return port.firstBrokenRow();
    }
}
