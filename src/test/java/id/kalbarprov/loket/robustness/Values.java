package id.kalbarprov.loket.robustness;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Random;

/**
 * Random input of every awkward kind, each value labelled with whether a form must refuse it.
 * Shared by every robustness target: a new form needs only its fields, not new generators.
 */
public final class Values {

    /** A value and whether it is bad for the field it was made for. */
    public record V<T>(T value, boolean bad) {
    }

    /** Texts a clerk could paste that are still acceptable content. */
    static final List<String> ODD_BUT_FINE = List.of(
            "Permohonan reset password email kedinasan", "005/12/Dinkes/XI/2026", "  spasi di depan dan belakang  ",
            "📨 Surat 🙏🏽 mohon dibantu 👍", "'); DROP TABLE letter; --", "Robert'); DELETE FROM audit_log; --",
            "1 OR 1=1", "%s %n {0} ${jndi:ldap://x}", "<script>alert(1)</script>", "\u0000nul\u0007bel\u001b[31m",
            "baris satu\r\nbaris dua\tdengan tab", "\u202Eterbalik", "ẞüñíçødé ĦĲ ﬁ", "تجربة", "试验", "e\u0301\u0301\u0301",
            "\"kutip\" dan 'petik' dan `backtick`", "NULL", "null", "undefined", "-1", "0", "\\\\server\\share",
            "../../../etc/passwd", "C:\\Windows\\System32", "\u00A0", "ﾊﾝｶｸ", "Ω≈ç√∫˜µ≤≥÷");

    /** A million characters, made once. */
    static final String HUGE = longText(new Random(1), 1_000_000);

    static final List<String> BLANK = java.util.Arrays.asList(null, "", " ", "   ", "\t", "\n", "\r\n \t ");

    private Values() {
    }

    /** A required text of at most {@code max} characters (after stripping). */
    public static V<String> requiredText(Random r, int max) {
        int kind = r.nextInt(10);
        if (kind == 0) {
            return new V<>(BLANK.get(r.nextInt(BLANK.size())), true);
        }
        V<String> v = optionalText(r, max);
        return v.value() == null || v.value().isBlank() ? new V<>(v.value(), true) : v;
    }

    /** An optional text: blank is fine, too long is not. */
    public static V<String> optionalText(Random r, int max) {
        int kind = r.nextInt(10);
        return switch (kind) {
            case 0 -> new V<>(BLANK.get(r.nextInt(BLANK.size())), false);
            case 1 -> new V<>(longText(r, max + 1 + r.nextInt(max * 3)), true);
            case 2 -> new V<>(r.nextBoolean() ? HUGE : "x".repeat(max + 1), true);
            case 3 -> new V<>(" ".repeat(r.nextInt(50)) + longText(r, max) + " ".repeat(r.nextInt(50)), false);
            case 4 -> { // code points outside the BMP count as two characters, as String.length() does
                String u = randomUnicode(r, 1 + r.nextInt(Math.min(max, 80)));
                yield new V<>(u, u.strip().length() > max);
            }
            default -> { // fine unless the field is shorter than the sample
                String odd = ODD_BUT_FINE.get(r.nextInt(ODD_BUT_FINE.size()));
                yield new V<>(odd, odd.strip().length() > max);
            }
        };
    }

    /** Exactly {@code length} characters, none of them whitespace, so stripping does not shorten it. */
    static String longText(Random r, int length) {
        StringBuilder sb = new StringBuilder(length);
        String alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789/-.'\"%_";
        for (int i = 0; i < length; i++) {
            sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    /** Random code points from all planes (no lone surrogates: no keyboard produces one). */
    static String randomUnicode(Random r, int codePoints) {
        StringBuilder sb = new StringBuilder();
        while (sb.codePointCount(0, sb.length()) < codePoints) {
            int cp = r.nextInt(5) == 0 ? r.nextInt(0x20) : r.nextInt(0x10FFFF);
            if (cp >= 0xD800 && cp <= 0xDFFF) {
                continue;
            }
            sb.appendCodePoint(cp);
        }
        String s = sb.toString();
        return s.isBlank() ? s + "x" : s;
    }

    /** A time the desk received something: recent is fine; missing, future or ancient is not. */
    public static V<LocalDateTime> receivedAt(Random r, LocalDateTime now) {
        return switch (r.nextInt(8)) {
            case 0 -> new V<>(null, true);
            case 1 -> new V<>(now.plusDays(1 + r.nextInt(400_000)), true);
            case 2 -> new V<>(now.minusDays(400 + r.nextInt(700_000)), true);
            case 3 -> new V<>(r.nextBoolean() ? LocalDateTime.of(9999, 12, 31, 23, 59) : LocalDateTime.of(1, 1, 1, 0, 0),
                    true);
            default -> new V<>(now.minusMinutes(r.nextInt(60 * 24 * 300)), false);
        };
    }

    /** A letter date relative to when it was received: before it (within a year) is fine. */
    public static V<LocalDate> letterDate(Random r, LocalDateTime receivedAt, LocalDate today) {
        LocalDate base = receivedAt == null ? today : receivedAt.toLocalDate();
        boolean comparable = receivedAt != null;
        return switch (r.nextInt(7)) {
            case 0 -> new V<>(null, true);
            case 1 -> new V<>(base.plusDays(1 + r.nextInt(3_000)), comparable);
            case 2 -> new V<>(base.minusDays(400 + r.nextInt(600_000)), comparable);
            default -> new V<>(base.minusDays(r.nextInt(300)), false);
        };
    }

    /** An id chosen from {@code known}; missing or unknown is bad. */
    public static V<Long> id(Random r, List<Long> known) {
        return switch (r.nextInt(8)) {
            case 0 -> new V<>(null, true);
            case 1 -> new V<>(List.of(-1L, 0L, Long.MAX_VALUE, Long.MIN_VALUE, 999_999L).get(r.nextInt(5)), true);
            default -> new V<>(known.get(r.nextInt(known.size())), false);
        };
    }

    /** An optional Indonesian phone number. */
    public static V<String> optionalPhone(Random r) {
        List<String> good = List.of("0812 3456 7890", "+62 812-3456-7890", "081234567890", "(0561) 736541",
                "62.812.3456.789");
        List<String> bad = List.of("abc", "0812", "12", "☎ 0812 3456 7890", "'; DROP TABLE letter; --",
                "0".repeat(40), "+1 202 555 0101", "08123456789012345678", "📱");
        return switch (r.nextInt(4)) {
            case 0 -> new V<>(BLANK.get(r.nextInt(BLANK.size())), false);
            case 1 -> new V<>(bad.get(r.nextInt(bad.size())), true);
            default -> new V<>(good.get(r.nextInt(good.size())), false);
        };
    }

    public static <E extends Enum<E>> V<E> required(Random r, E[] values) {
        return r.nextInt(8) == 0 ? new V<>(null, true) : new V<>(values[r.nextInt(values.length)], false);
    }
}
