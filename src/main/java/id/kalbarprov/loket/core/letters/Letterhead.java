package id.kalbarprov.loket.core.letters;

/** The kop: government, agency, address and contact line (settings, seeded from the reference data). */
public record Letterhead(String government, String agency, String address, String contact) {
}
