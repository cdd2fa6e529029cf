package id.kalbarprov.loket.core.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;

/** Numbers the Indonesian way: "1.234", "82,78", "85,0 %"; "-" where there is nothing to show. */
public final class IndonesianNumbers {

    public static final String NONE = "-";

    private IndonesianNumbers() {
    }

    private static DecimalFormat format(String pattern) {
        DecimalFormatSymbols s = new DecimalFormatSymbols();
        s.setDecimalSeparator(',');
        s.setGroupingSeparator('.');
        s.setMinusSign('-');
        DecimalFormat f = new DecimalFormat(pattern, s);
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f;
    }

    /** A whole number with thousands separated by dots. */
    public static String integer(long n) {
        return format("#,##0").format(n);
    }

    /** {@code value} with exactly {@code decimals} decimals (half up), or "-" for null. */
    public static String decimal(Double value, int decimals) {
        return value == null ? NONE : decimal(BigDecimal.valueOf(value), decimals);
    }

    public static String decimal(BigDecimal value, int decimals) {
        if (value == null) {
            return NONE;
        }
        return format(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals))
                .format(value.setScale(decimals, RoundingMode.HALF_UP));
    }

    /** A share 0..1 as "85,0 %", or "-" for null. */
    public static String percent(Double share) {
        return share == null ? NONE : decimal(share * 100, 1) + " %";
    }
}
