package id.kalbarprov.loket.core.letters;

/**
 * The kop: government, agency, address and contact line (settings, seeded from the reference data),
 * and the office's emblem (PNG or JPEG bytes chosen in Pengaturan → Kantor; null: a neutral outline
 * where the printed stationery's emblem goes).
 */
public record Letterhead(String government, String agency, String address, String contact, byte[] emblem) {

    /** A kop with the neutral emblem outline. */
    public Letterhead(String government, String agency, String address, String contact) {
        this(government, agency, address, contact, null);
    }
}
