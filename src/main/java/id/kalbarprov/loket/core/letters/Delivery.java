package id.kalbarprov.loket.core.letters;

/** How a confirmation letter reached the agency. */
public enum Delivery {
    /** Handed over at the desk. */
    LANGSUNG,
    /** Sent (courier, post, official e-mail). */
    DIKIRIM
}
