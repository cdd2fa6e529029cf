package id.kalbarprov.loket.store;

import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** Key-value settings that an administrator edits in Pengaturan. */
public final class SettingsStore {

    public static final String AGENDA_PATTERN = "agenda.pattern";
    public static final String CLOSING_TIME = "office.closingTime";
    public static final String PLACE = "office.place";

    private final Jdbi jdbi;

    public SettingsStore(Database db) {
        this.jdbi = db.jdbi();
    }

    public Optional<String> get(String key) {
        return jdbi.withHandle(h -> h.createQuery("SELECT value FROM setting WHERE key = ?")
                .bind(0, key).mapTo(String.class).findOne());
    }

    public String get(String key, String fallback) {
        return get(key).orElse(fallback);
    }

    public void put(String key, String value) {
        jdbi.useHandle(h -> h.createUpdate(
                        "INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value")
                .bind(0, key).bind(1, value).execute());
    }
}
