package id.kalbarprov.loket.core.attachments;

import java.util.Optional;

/** The kinds of scan a letter may carry, told apart by their first bytes, never by the file name. */
public enum ScanKind {
    PDF("application/pdf", "pdf"),
    JPEG("image/jpeg", "jpg"),
    PNG("image/png", "png");

    private final String mediaType;
    private final String extension;

    ScanKind(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The usual file name ending, without the dot. */
    public String extension() {
        return extension;
    }

    public static ScanKind ofMediaType(String mediaType) {
        for (ScanKind k : values()) {
            if (k.mediaType.equals(mediaType)) {
                return k;
            }
        }
        throw new IllegalArgumentException("not a scan media type: " + mediaType);
    }

    /**
     * What the content is by its magic bytes: "%PDF-" (within the first 1024 bytes, as readers allow),
     * FF D8 FF, or the PNG signature; empty for anything else.
     */
    public static Optional<ScanKind> sniff(byte[] content) {
        if (content.length >= 8 && (content[0] & 0xFF) == 0x89 && content[1] == 'P' && content[2] == 'N'
                && content[3] == 'G' && content[4] == 0x0D && content[5] == 0x0A && content[6] == 0x1A
                && content[7] == 0x0A) {
            return Optional.of(PNG);
        }
        if (content.length >= 3 && (content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xD8
                && (content[2] & 0xFF) == 0xFF) {
            return Optional.of(JPEG);
        }
        int limit = Math.min(content.length - 5, 1024);
        for (int i = 0; i <= limit; i++) {
            if (content[i] == '%' && content[i + 1] == 'P' && content[i + 2] == 'D' && content[i + 3] == 'F'
                    && content[i + 4] == '-') {
                return Optional.of(PDF);
            }
        }
        return Optional.empty();
    }
}
