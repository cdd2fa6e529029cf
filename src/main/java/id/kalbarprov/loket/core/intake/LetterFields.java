package id.kalbarprov.loket.core.intake;

/** Stable field names of the intake form, shared by validation and the screen's control ids. */
public final class LetterFields {
    public static final String RECEIVED_AT = "receivedAt";
    public static final String AGENCY = "agency";
    public static final String LETTER_NUMBER = "letterNumber";
    public static final String LETTER_DATE = "letterDate";
    public static final String SUBJECT = "subject";
    public static final String SERVICE = "service";
    public static final String SIGNER_ROLE = "signerRole";
    public static final String SIGNER_NAME = "signerName";
    public static final String CONTACT_NAME = "contactName";
    public static final String CONTACT_PHONE = "contactPhone";
    public static final String NOTES = "notes";

    public static final int MAX_LETTER_NUMBER = 100;
    public static final int MAX_SUBJECT = 500;
    public static final int MAX_NAME = 150;
    public static final int MAX_NOTES = 2000;

    private LetterFields() {
    }
}
