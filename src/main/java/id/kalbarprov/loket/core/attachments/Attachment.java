package id.kalbarprov.loket.core.attachments;

import java.time.LocalDateTime;

/** One file attached to a letter, without its bytes (lists never read them). */
public record Attachment(long id, long letterId, String sha256, String fileName, ScanKind kind, long size,
                         String addedBy, LocalDateTime addedAt) {
}
