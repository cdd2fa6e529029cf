package id.kalbarprov.loket.store;

import id.kalbarprov.loket.core.calendar.WorkingCalendar;
import id.kalbarprov.loket.core.office.OfficeSettings;
import id.kalbarprov.loket.core.office.OfficeSettingsPort;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** Office settings ({@code office.closingTime}, {@code office.place}) in the setting table, audited. */
public final class OfficeSettingsStore implements OfficeSettingsPort {

    private final Jdbi jdbi;
    private final Runnable afterChange;

    public OfficeSettingsStore(Database db) {
        this(db, () -> { });
    }

    /** {@code afterChange} runs after a committed save (the closing time is part of the calendar). */
    public OfficeSettingsStore(Database db, Runnable afterChange) {
        this.jdbi = db.jdbi();
        this.afterChange = afterChange;
    }

    @Override
    public OfficeSettings load() {
        return jdbi.withHandle(this::load);
    }

    private OfficeSettings load(Handle h) {
        LocalTime closing = get(h, SettingsStore.CLOSING_TIME).map(LocalTime::parse)
                .orElse(WorkingCalendar.DEFAULT_CLOSING);
        return new OfficeSettings(closing, get(h, SettingsStore.PLACE).orElse(OfficeSettings.DEFAULT_PLACE));
    }

    @Override
    public void save(OfficeSettings settings, String actor) {
        jdbi.useTransaction(h -> {
            OfficeSettings before = load(h);
            put(h, SettingsStore.CLOSING_TIME, settings.closingTime().toString());
            put(h, SettingsStore.PLACE, settings.place());
            AuditLog.append(h, actor, "setting", "office", "update", fields(before), fields(settings));
        });
        afterChange.run();
    }

    /** The emblem's setting: the image's bytes in Base64 (the setting table holds text on both backends). */
    public static final String EMBLEM = "letterhead.emblem";

    @Override
    public byte[] emblem() {
        return jdbi.withHandle(h -> get(h, EMBLEM)).filter(v -> !v.isBlank())
                .map(v -> java.util.Base64.getDecoder().decode(v)).orElse(null);
    }

    @Override
    public void saveEmblem(byte[] emblem, String actor) {
        jdbi.useTransaction(h -> {
            String before = get(h, EMBLEM).filter(v -> !v.isBlank()).map(OfficeSettingsStore::describe).orElse(null);
            if (emblem == null) {
                h.createUpdate("DELETE FROM setting WHERE key = ?").bind(0, EMBLEM).execute();
            } else {
                put(h, EMBLEM, java.util.Base64.getEncoder().encodeToString(emblem));
            }
            String after = emblem == null ? null : describe(java.util.Base64.getEncoder().encodeToString(emblem));
            AuditLog.append(h, actor, "setting", EMBLEM, "update", before == null ? null : Map.of(EMBLEM, before),
                    after == null ? null : Map.of(EMBLEM, after));
        });
    }

    /** The audit keeps the image's SHA-256 and size, not its bytes: "sha256:… (12.345 bytes)". */
    static String describe(String base64) {
        byte[] bytes = java.util.Base64.getDecoder().decode(base64);
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
            return "sha256:" + java.util.HexFormat.of().formatHex(d) + " (" + bytes.length + " bytes)";
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Optional<String> get(Handle h, String key) {
        return h.createQuery("SELECT value FROM setting WHERE key = ?").bind(0, key).mapTo(String.class).findOne();
    }

    private static void put(Handle h, String key, String value) {
        h.createUpdate("INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value")
                .bind(0, key).bind(1, value).execute();
    }

    private static Map<String, Object> fields(OfficeSettings s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(SettingsStore.CLOSING_TIME, s.closingTime().toString());
        m.put(SettingsStore.PLACE, s.place());
        return m;
    }
}
