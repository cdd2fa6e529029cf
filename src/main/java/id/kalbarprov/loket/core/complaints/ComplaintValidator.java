package id.kalbarprov.loket.core.complaints;

import static id.kalbarprov.loket.core.complaints.ComplaintFields.*;

import id.kalbarprov.loket.core.catalog.ComplaintChannel;
import id.kalbarprov.loket.core.validation.Checks;
import id.kalbarprov.loket.core.validation.Violation;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.regex.Pattern;

/** Rules for a complaint's registration and for each later step. */
public final class ComplaintValidator {

    public static final String IN_FUTURE = "validation.inFuture";
    public static final String TOO_OLD = "validation.dateTooOld";
    public static final String LAPOR_TICKET = "validation.complaint.laporTicket";
    public static final String SOCIAL_POST = "validation.complaint.socialPost";
    public static final String REFERENCE_NEEDED = "validation.complaint.reference";
    public static final String NAME_OR_ANONYMOUS = "validation.complaint.nameOrAnonymous";
    public static final String CONTACT_INVALID = "validation.complaint.contact";
    public static final String BEFORE_RECEIVED = "validation.complaint.beforeReceived";

    /** Workstation clocks a few minutes apart are not an error. */
    static final Duration CLOCK_SLACK = Duration.ofMinutes(10);
    static final int MAX_AGE_DAYS = 366;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[A-Za-z]{2,}");

    private ComplaintValidator() {
    }

    /** {@code channel}: the chosen channel, or null when none (or an unknown one) was chosen. */
    public static List<Violation> validate(ComplaintDraft d, ComplaintChannel channel, LocalDateTime now) {
        Checks c = new Checks();
        c.required(RECEIVED_AT, d.receivedAt());
        if (d.receivedAt() != null) {
            if (d.receivedAt().isAfter(now.plus(CLOCK_SLACK))) {
                c.add(RECEIVED_AT, IN_FUTURE);
            } else if (d.receivedAt().isBefore(now.minusDays(MAX_AGE_DAYS))) {
                c.add(RECEIVED_AT, TOO_OLD);
            }
        }
        c.required(CHANNEL, d.channelId());
        if (d.channelId() != null && channel == null) {
            c.add(CHANNEL, "validation.unknown");
        }
        if (channel != null && channel.needsReference() && blank(d.channelReference())) {
            c.add(REFERENCE, switch (channel.code()) {
                case "LAPOR" -> LAPOR_TICKET;
                case "MEDIA_SOSIAL" -> SOCIAL_POST;
                default -> REFERENCE_NEEDED;
            });
        }
        c.maxLength(REFERENCE, d.channelReference(), MAX_REFERENCE);
        if (!d.anonymous() && blank(d.complainantName())) {
            c.add(NAME, NAME_OR_ANONYMOUS);
        }
        c.maxLength(NAME, d.complainantName(), MAX_NAME);
        c.required(KIND, d.complainantKind());
        if (d.complainantKind() == ComplainantKind.INSTANSI) {
            c.required(AGENCY, d.agencyId());
        }
        if (!blank(d.contact())) {
            String contact = d.contact().strip();
            if (contact.length() > MAX_CONTACT) {
                c.add(ComplaintFields.CONTACT, Checks.TOO_LONG, MAX_CONTACT);
            } else if (!(contact.contains("@") ? EMAIL.matcher(contact).matches() : Checks.isPhone(contact))) {
                c.add(ComplaintFields.CONTACT, CONTACT_INVALID);
            }
        }
        c.required(TEXT, d.text()).maxLength(TEXT, d.text(), MAX_TEXT);
        return c.violations();
    }

    /** A date the answer was delivered: not in the future, not before the complaint arrived. */
    static void deliveredOn(Checks c, LocalDate deliveredOn, LocalDateTime receivedAt, LocalDateTime now) {
        c.required(DELIVERED_ON, deliveredOn);
        if (deliveredOn != null) {
            if (deliveredOn.isAfter(now.plus(CLOCK_SLACK).toLocalDate())) {
                c.add(DELIVERED_ON, IN_FUTURE);
            } else if (deliveredOn.isBefore(receivedAt.toLocalDate())) {
                c.add(DELIVERED_ON, BEFORE_RECEIVED);
            }
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
