package id.kalbarprov.loket.core.complaints;

/** Field names of complaint input: the Violation field and the UI control id agree on these. */
public final class ComplaintFields {
    public static final String RECEIVED_AT = "complaint-received-at";
    public static final String CHANNEL = "complaint-channel";
    public static final String REFERENCE = "complaint-reference";
    public static final String NAME = "complaint-name";
    public static final String KIND = "complaint-kind";
    public static final String AGENCY = "complaint-agency";
    public static final String CONTACT = "complaint-contact";
    public static final String SERVICE = "complaint-service";
    public static final String LETTER = "complaint-letter";
    public static final String TEXT = "complaint-text";
    public static final String CATEGORY = "complaint-category";
    public static final String FORWARD_TO = "complaint-forward-to";
    public static final String NOTE = "complaint-note";
    public static final String ACTIONS = "complaint-actions";
    public static final String ANSWER = "complaint-answer";
    public static final String DELIVERY = "complaint-delivery";
    public static final String DELIVERED_ON = "complaint-delivered-on";

    public static final int MAX_NAME = 150;
    public static final int MAX_REFERENCE = 200;
    public static final int MAX_CONTACT = 120;
    public static final int MAX_TEXT = 4000;
    public static final int MAX_NOTE = 2000;
    public static final int MAX_FORWARD_TO = 300;

    private ComplaintFields() {
    }
}
