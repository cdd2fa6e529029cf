package id.kalbarprov.loket.core.complaints;

import java.time.LocalDateTime;

/**
 * A complaint as the clerk typed it. {@code channelReference}: the SP4N-LAPOR! ticket number or the
 * social-media account/post. {@code agencyId} only for {@link ComplainantKind#INSTANSI}; {@code serviceId}
 * and {@code letterId} (the request it concerns) are optional.
 */
public record ComplaintDraft(LocalDateTime receivedAt, Long channelId, String channelReference, boolean anonymous,
                             String complainantName, ComplainantKind complainantKind, Long agencyId, String contact,
                             Long serviceId, Long letterId, String text) {
}
