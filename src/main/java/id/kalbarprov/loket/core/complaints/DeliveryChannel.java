package id.kalbarprov.loket.core.complaints;

/** How the answer reached the complainant. */
public enum DeliveryChannel {
    TATAP_MUKA, SURAT, WHATSAPP, TELEPON, EMAIL, LAPOR, MEDIA_SOSIAL
}
