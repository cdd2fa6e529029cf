package id.kalbarprov.loket.core.audit;

import id.kalbarprov.loket.core.register.Page;
import java.util.List;
import java.util.Optional;

/** The audit log as the store reads it. */
public interface AuditPort {

    /** Newest first. */
    Page<AuditEntry> search(AuditFilter filter, int offset, int limit);

    /** The entity names that occur in the log, sorted. */
    List<String> entities();

    /** Full names of operators and the labels of the records {@code entries} are about. */
    AuditNames names(List<AuditEntry> entries);

    /** The id of the first row where the hash chain breaks, or empty when the chain is whole. */
    Optional<Long> firstBrokenRow();

    /**
     * The records that differ from their audit entries (changed, gone, never audited, history rows
     * missing, an issued letter's PDF changed, gaps in the numbers, protective triggers removed), each
     * in Indonesian naming the record; empty when every record matches.
     */
    default List<String> changedRecords() {
        return List.of();
    }
}
