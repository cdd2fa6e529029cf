package id.kalbarprov.loket.core.office;

import id.kalbarprov.loket.core.validation.Checks;

/**
 * The office's emblem for the kop: a PNG or JPEG (told by its first bytes, not its name) of at most
 * {@link #MAX_BYTES}. Whether the picture inside decodes is checked where it is drawn (documents).
 */
public final class Emblem {

    public static final String FIELD = "emblem";
    public static final int MAX_BYTES = 1024 * 1024;

    private Emblem() {
    }

    /** Throws a ValidationException when {@code bytes} are no PNG or JPEG or too large. */
    public static void check(byte[] bytes) {
        Checks c = new Checks();
        if (bytes == null || bytes.length == 0) {
            c.add(FIELD, "validation.emblem.empty");
        } else if (bytes.length > MAX_BYTES) {
            c.add(FIELD, "validation.emblem.tooLarge", MAX_BYTES / 1024);
        } else if (!isPng(bytes) && !isJpeg(bytes)) {
            c.add(FIELD, "validation.emblem.notImage");
        }
        c.throwIfAny();
    }

    static boolean isPng(byte[] b) {
        return b.length > 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G';
    }

    static boolean isJpeg(byte[] b) {
        return b.length > 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff;
    }
}
