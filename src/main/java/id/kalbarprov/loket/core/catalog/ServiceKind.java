package id.kalbarprov.loket.core.catalog;

/** The five services of the published standards. Texts and times are data; the kind is code
 * because processing records different structured facts for each. */
public enum ServiceKind {
    JARINGAN, VICON, EMAIL, HOSTING, CLOUD
}
