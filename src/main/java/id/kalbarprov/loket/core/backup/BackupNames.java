package id.kalbarprov.loket.core.backup;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Backup file names carry their time: {@code loket-20261123-100000.db} for database {@code loket.db}.
 * Only files named this way are listed and pruned; nothing else in the folder is ever touched.
 */
public final class BackupNames {

    static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final Pattern NAME = Pattern.compile("(.+)-(\\d{8}-\\d{6})\\.db");

    private BackupNames() {
    }

    /** "loket" for "loket.db". */
    public static String stem(String databaseFileName) {
        int dot = databaseFileName.lastIndexOf('.');
        return dot > 0 ? databaseFileName.substring(0, dot) : databaseFileName;
    }

    public static String fileName(String stem, LocalDateTime at) {
        return stem + "-" + STAMP.format(at) + ".db";
    }

    /** A timestamp suffix for files kept aside, e.g. "20261123-100000". */
    public static String stamp(LocalDateTime at) {
        return STAMP.format(at);
    }

    /** The time in a backup file name of database {@code stem}; empty for any other file. */
    public static Optional<LocalDateTime> parse(String stem, String fileName) {
        Matcher m = NAME.matcher(fileName);
        if (!m.matches() || !m.group(1).equals(stem)) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.parse(m.group(2), STAMP));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
