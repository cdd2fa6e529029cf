package id.kalbarprov.loket.core.complaints;

/** The complaints list's filter; every part optional (null = any). */
public record ComplaintFilter(ComplaintState state, Long channelId, Long categoryId, String text) {

    public static final ComplaintFilter ALL = new ComplaintFilter(null, null, null, null);
}
