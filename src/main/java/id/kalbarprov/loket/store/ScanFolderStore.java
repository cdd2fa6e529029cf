package id.kalbarprov.loket.store;

import id.kalbarprov.loket.core.attachments.ScanFolder;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * The scan folder of one workstation, kept in the setting table under "scan.folder@HOST" (each desk
 * has its own scanner; on a shared server database one key per computer). Changes are audited.
 */
public final class ScanFolderStore implements ScanFolder.Setting {

    private final Jdbi jdbi;
    private final String key;

    public ScanFolderStore(Database db, String host) {
        this.jdbi = db.jdbi();
        this.key = "scan.folder@" + host;
    }

    /** This computer's name, as the key's suffix. */
    public static String localHost() {
        String name = System.getenv("COMPUTERNAME");
        if (name == null || name.isBlank()) {
            name = System.getenv("HOSTNAME");
        }
        if (name == null || name.isBlank()) {
            try {
                name = java.net.InetAddress.getLocalHost().getHostName();
            } catch (java.io.IOException e) {
                name = "komputer";
            }
        }
        return name.strip();
    }

    @Override
    public Optional<Path> folder() {
        return jdbi.withHandle(h -> h.createQuery("SELECT value FROM setting WHERE key = ?").bind(0, key)
                .mapTo(String.class).findOne()).flatMap(v -> {
                    try {
                        return v.isBlank() ? Optional.empty() : Optional.of(Path.of(v));
                    } catch (InvalidPathException e) {
                        return Optional.empty();
                    }
                });
    }

    @Override
    public void set(Path folder, String actor) {
        String value = folder == null ? "" : folder.toAbsolutePath().toString();
        jdbi.useTransaction(h -> {
            String before = h.createQuery("SELECT value FROM setting WHERE key = ?").bind(0, key)
                    .mapTo(String.class).findOne().orElse("");
            h.createUpdate("INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value")
                    .bind(0, key).bind(1, value).execute();
            AuditLog.append(h, actor, "setting", key, "update", Map.of("scanFolder", before), Map.of("scanFolder", value));
        });
    }
}
