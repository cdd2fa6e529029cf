package id.kalbarprov.loket.core.attachments;

/** A file the clerk chose (its name as on the disk, its bytes), before it is checked. */
public record ScanFile(String fileName, byte[] content) {

    /** The last part of {@code name} (no folder), at most 255 characters, never empty. */
    public static String cleanName(String name) {
        String n = name == null ? "" : name.replace('\\', '/');
        n = n.substring(n.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}]", "").strip();
        if (n.isEmpty()) {
            n = "pindaian";
        }
        return n.length() <= 255 ? n : n.substring(n.length() - 255);
    }
}
