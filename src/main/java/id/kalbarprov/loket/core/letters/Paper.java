package id.kalbarprov.loket.core.letters;

/** Paper sizes of official letters: A4, and F4/folio (215 × 330 mm) that many offices use. */
public enum Paper {
    A4(210, 297),
    F4(215, 330);

    private final double widthMm;
    private final double heightMm;

    Paper(double widthMm, double heightMm) {
        this.widthMm = widthMm;
        this.heightMm = heightMm;
    }

    public double widthMm() {
        return widthMm;
    }

    public double heightMm() {
        return heightMm;
    }

    /** The setting's value, A4 when unknown. */
    public static Paper of(String value) {
        try {
            return value == null ? A4 : valueOf(value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return A4;
        }
    }
}
