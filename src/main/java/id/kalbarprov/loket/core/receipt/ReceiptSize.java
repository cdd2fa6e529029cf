package id.kalbarprov.loket.core.receipt;

import java.util.Locale;

/** The receipt's paper: A5 (half an A4 sheet, the usual slip) or A4. */
public enum ReceiptSize {
    A5(148, 210),
    A4(210, 297);

    private final int widthMm;
    private final int heightMm;

    ReceiptSize(int widthMm, int heightMm) {
        this.widthMm = widthMm;
        this.heightMm = heightMm;
    }

    public int widthMm() {
        return widthMm;
    }

    public int heightMm() {
        return heightMm;
    }

    /** "a5"/"A4" as typed; A5 when unknown or empty. */
    public static ReceiptSize parse(String value) {
        try {
            return value == null || value.isBlank() ? A5 : valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return A5;
        }
    }
}
