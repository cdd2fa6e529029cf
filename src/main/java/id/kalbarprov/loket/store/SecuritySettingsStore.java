package id.kalbarprov.loket.store;

import id.kalbarprov.loket.core.auth.Actor;
import id.kalbarprov.loket.core.auth.Permission;
import id.kalbarprov.loket.core.auth.SecurityPolicy;
import id.kalbarprov.loket.core.auth.SecuritySettingsPort;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

/** The sign-in settings (security.*) in the setting table, saved with their audit entry. */
public final class SecuritySettingsStore implements SecuritySettingsPort {

    private final Database db;
    private final Jdbi jdbi;

    public SecuritySettingsStore(Database db) {
        this.db = db;
        this.jdbi = db.jdbi();
    }

    @Override
    public SecurityPolicy load() {
        return OperatorStore.policy(new SettingsStore(db));
    }

    @Override
    public void save(SecurityPolicy p, Actor actor) {
        jdbi.useTransaction(h -> {
            // IMMEDIATE: no other workstation commits until this one does, so this re-read is final
            actor.require(Permission.MANAGE_SETTINGS);
            SecurityPolicy before = load();
            put(h, OperatorStore.LOCKOUT_ATTEMPTS, p.maxFailures());
            put(h, OperatorStore.LOCKOUT_MINUTES, p.lockout().toMinutes());
            put(h, OperatorStore.IDLE_MINUTES, p.idleLock().toMinutes());
            AuditLog.append(h, actor.label(), "setting", "security", "update", fields(before), fields(p));
        });
    }

    private static void put(org.jdbi.v3.core.Handle h, String key, long value) {
        h.createUpdate("INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value")
                .bind(0, key).bind(1, String.valueOf(value)).execute();
    }

    private static Map<String, Object> fields(SecurityPolicy p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(OperatorStore.LOCKOUT_ATTEMPTS, p.maxFailures());
        m.put(OperatorStore.LOCKOUT_MINUTES, p.lockout().toMinutes());
        m.put(OperatorStore.IDLE_MINUTES, p.idleLock().toMinutes());
        return m;
    }
}
