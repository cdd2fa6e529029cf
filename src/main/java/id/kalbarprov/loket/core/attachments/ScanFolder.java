package id.kalbarprov.loket.core.attachments;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The folder where the office scanner saves (Pengaturan → Pemindai, one per workstation). Its new
 * files are offered to the letter being registered: PDF, JPEG and PNG files (by name here; the content
 * is checked when one is taken) saved since {@code since}, newest first.
 */
public final class ScanFolder {

    /** A file in the folder: where, and when it was last written (two scans under one name differ by it). */
    public record Found(Path path, Instant modified, long size) {
        public String name() {
            return path.getFileName().toString();
        }
    }

    private ScanFolder() {
    }

    /** The scans in {@code folder} written at or after {@code since}; empty when the folder cannot be read. */
    public static List<Found> recent(Path folder, Instant since) {
        List<Found> found = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path p : files) {
                String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
                if (!(name.endsWith(".pdf") || name.endsWith(".jpg") || name.endsWith(".jpeg") || name.endsWith(".png"))
                        || name.startsWith(".") || !Files.isRegularFile(p)) {
                    continue;
                }
                FileTime t = Files.getLastModifiedTime(p);
                if (!t.toInstant().isBefore(since)) {
                    found.add(new Found(p, t.toInstant(), Files.size(p)));
                }
            }
        } catch (IOException | SecurityException e) {
            return List.of();
        }
        found.sort(Comparator.comparing(Found::modified).reversed().thenComparing(Found::name));
        return found;
    }

    /** Where the scan folder setting is kept (per workstation). */
    public interface Setting {
        Optional<Path> folder();

        /** Sets ({@code null}: clears) the folder, audited as done by {@code actor}. */
        void set(Path folder, String actor);
    }
}
