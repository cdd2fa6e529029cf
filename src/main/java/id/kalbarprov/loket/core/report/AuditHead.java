package id.kalbarprov.loket.core.report;

/**
 * The newest entry of the hash-chained audit log when a report was made: printed on the report, it
 * ties the figures to one state of the database (a later check can tell whether anything recorded
 * before it was altered). {@code entryId} 0 and the genesis hash for an empty log.
 */
public record AuditHead(long entryId, String hash, String at) {

    /** The first 16 hex digits, grouped for reading aloud: "3f2a 91c0 5be7 d412". */
    public String shortHash() {
        String h = hash.length() >= 16 ? hash.substring(0, 16) : hash;
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < h.length(); i += 4) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(h, i, Math.min(h.length(), i + 4));
        }
        return b.toString();
    }
}
