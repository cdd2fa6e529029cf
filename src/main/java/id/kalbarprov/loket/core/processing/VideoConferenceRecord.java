package id.kalbarprov.loket.core.processing;

import id.kalbarprov.loket.core.catalog.ServiceKind;
import id.kalbarprov.loket.core.text.IndonesianDates;
import id.kalbarprov.loket.core.validation.Checks;
import id.kalbarprov.loket.core.validation.Violation;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Video conference: the Zoom account activated for the agency's event. */
public record VideoConferenceRecord(boolean accountActivated, String account, LocalDateTime eventAt)
        implements ProcessingRecord {

    public static final String ACTIVATED = "vicon.activated";
    public static final String ACCOUNT = "vicon.account";
    public static final String EVENT_AT = "vicon.eventAt";
    public static final String MUST_CONFIRM = "validation.mustConfirm";

    @Override
    public ServiceKind kind() {
        return ServiceKind.VICON;
    }

    @Override
    public List<Violation> validate(LocalDate today) {
        Checks c = new Checks();
        if (!accountActivated) {
            c.add(ACTIVATED, MUST_CONFIRM);
        }
        c.required(ACCOUNT, account).maxLength(ACCOUNT, account, 254);
        if (!c.has(ACCOUNT) && !Addresses.isMailbox(account)) {
            c.add(ACCOUNT, Addresses.MAILBOX);
        }
        c.required(EVENT_AT, eventAt);
        return c.violations();
    }

    @Override
    public Map<String, Object> details() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("accountActivated", accountActivated);
        m.put("account", account.strip());
        m.put("eventAt", eventAt.withSecond(0).withNano(0).toString());
        return m;
    }

    @Override
    public String summary() {
        return "Akun Zoom " + account.strip() + " telah diaktifkan untuk kegiatan pada "
                + IndonesianDates.longDateWithDay(eventAt.toLocalDate())
                + String.format(" pukul %02d.%02d WIB.", eventAt.getHour(), eventAt.getMinute());
    }
}
