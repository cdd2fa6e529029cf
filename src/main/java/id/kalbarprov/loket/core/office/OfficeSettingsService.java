package id.kalbarprov.loket.core.office;

import id.kalbarprov.loket.core.auth.Actor;
import id.kalbarprov.loket.core.auth.Permission;
import id.kalbarprov.loket.core.validation.Checks;
import id.kalbarprov.loket.core.validation.ValidationException;
import java.time.LocalTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads and changes the office settings; changing needs {@link Permission#MANAGE_SETTINGS}. */
public final class OfficeSettingsService {

    public static final String CLOSING_TIME = "closingTime";
    public static final String PLACE = "place";
    /** Closing times outside this range are typing mistakes (offices open from 07.30). */
    public static final LocalTime EARLIEST = LocalTime.of(12, 0);
    public static final LocalTime LATEST = LocalTime.of(20, 0);
    public static final int MAX_PLACE = 60;

    private static final Pattern TIME = Pattern.compile("(\\d{1,2})[:.](\\d{2})");

    private final OfficeSettingsPort store;

    public OfficeSettingsService(OfficeSettingsPort store) {
        this.store = store;
    }

    public OfficeSettings load() {
        return store.load();
    }

    /**
     * Accepts "16:00" or "16.00" (the Indonesian way) between 12:00 and 20:00.
     *
     * @throws ValidationException on a bad time or missing place; nothing saved
     */
    public OfficeSettings save(String closingTime, String place, Actor actor) {
        actor.require(Permission.MANAGE_SETTINGS);
        Checks c = new Checks().required(CLOSING_TIME, closingTime).required(PLACE, place)
                .maxLength(PLACE, place, MAX_PLACE);
        LocalTime time = null;
        if (!c.has(CLOSING_TIME)) {
            time = parseTime(closingTime);
            if (time == null) {
                c.add(CLOSING_TIME, "validation.office.time");
            } else if (time.isBefore(EARLIEST) || time.isAfter(LATEST)) {
                c.add(CLOSING_TIME, "validation.office.closingRange", "12.00", "20.00");
            }
        }
        c.throwIfAny();
        OfficeSettings s = new OfficeSettings(time, place.strip());
        store.save(s, actor.label());
        return s;
    }

    /** The office's emblem, or null when the kop shows the neutral outline. */
    public byte[] emblem() {
        return store.emblem();
    }

    /**
     * Takes {@code bytes} as the office's emblem in every letter and report from now on (issued letters
     * keep the kop they were issued with); null goes back to the neutral outline.
     *
     * @throws ValidationException when it is no PNG or JPEG or over 1 MB; nothing saved
     */
    public void saveEmblem(byte[] bytes, Actor actor) {
        actor.require(Permission.MANAGE_SETTINGS);
        if (bytes != null) {
            Emblem.check(bytes);
        }
        store.saveEmblem(bytes, actor.label());
    }

    /** "16:00", "16.00", "9:30" → a time; null when it is not a valid HH:MM. */
    public static LocalTime parseTime(String text) {
        Matcher m = TIME.matcher(text.strip());
        if (!m.matches()) {
            return null;
        }
        int h = Integer.parseInt(m.group(1));
        int min = Integer.parseInt(m.group(2));
        if (h > 23 || min > 59) {
            return null;
        }
        return LocalTime.of(h, min);
    }
}
