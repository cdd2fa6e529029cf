package id.kalbarprov.loket.core.complaints;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One complaint as stored, with the names of what it refers to. {@code workingDays} is null until
 * categorised; {@code contact} is personal data, shown on the complaint itself only.
 */
public record Complaint(long id, String number, LocalDateTime receivedAt, long channelId, String channel,
                        String channelReference, boolean anonymous, String complainantName,
                        ComplainantKind complainantKind, Long agencyId, String agency, String contact,
                        Long serviceId, String service, Long letterId, String letterAgenda, String text,
                        ComplaintState state, Long categoryId, String category, Integer workingDays,
                        String forwardedTo, String answer, DeliveryChannel delivery, LocalDate deliveredOn,
                        int version) {

    /** The name to show: the complainant's, or null when anonymous. */
    public String displayName() {
        return anonymous ? null : complainantName;
    }
}
