package id.kalbarprov.loket.core.attachments;

/** Why a file is not taken as a scan; each names its text (i18n bundle "paper"), filled with the file name. */
public enum ScanProblem {
    /** Not PDF, JPEG or PNG by its content (whatever its name says). */
    NOT_A_SCAN("scan.refused.kind"),
    /** Over {@link AttachmentService#MAX_BYTES}. */
    TOO_LARGE("scan.refused.tooLarge"),
    /** Nothing in it. */
    EMPTY("scan.refused.empty"),
    /** A PDF that asks for a password (or is encrypted): the archive could not be read later. */
    PASSWORD("scan.refused.password"),
    /** Looks like a PDF or image by its first bytes, but cannot be read (cut off, damaged). */
    DAMAGED("scan.refused.damaged"),
    /** The file could not be read from the disk at all. */
    UNREADABLE("scan.refused.unreadable"),
    /** The same content is already attached to this letter. */
    ALREADY_ATTACHED("scan.refused.already"),
    /** No letter with that id or agenda number. */
    NO_LETTER("scan.refused.noLetter"),
    /** The scan to remove is no longer attached (someone removed it meanwhile). */
    NOT_ATTACHED("scan.refused.notAttached"),
    /** The letter is finished (Selesai or Ditolak): its scans stay as they are. */
    LETTER_FINISHED("scan.refused.finished");

    private final String key;

    ScanProblem(String key) {
        this.key = key;
    }

    /** The text key; its {0} is the file name (or the agenda number for NO_LETTER and LETTER_FINISHED). */
    public String key() {
        return key;
    }
}
