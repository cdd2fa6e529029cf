package id.kalbarprov.loket.core.letters;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.Optional;

/**
 * The short verification code printed on every issued letter (issue 14): ten characters of Crockford's
 * base 32 (no I, L, O, U) from the SHA-256 of the letter's year, serial and number, shown as
 * "ABCDE-FGHJK". It names the letter; whether a copy is genuine is decided by its bytes (SHA-256
 * against the register), never by the code alone.
 */
public final class LetterVerification {

    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    private LetterVerification() {
    }

    public static String code(int year, long seq, String number) {
        byte[] d;
        try {
            d = MessageDigest.getInstance("SHA-256")
                    .digest(("loket-verifikasi|" + year + "|" + seq + "|" + number).getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        StringBuilder b = new StringBuilder();
        long bits = 0;
        for (int i = 0; i < 7; i++) {
            bits = (bits << 8) | (d[i] & 0xFF);
        }
        for (int i = 0; i < 10; i++) {
            b.append(ALPHABET.charAt((int) ((bits >>> (51 - 5 * i)) & 31)));
            if (i == 4) {
                b.append('-');
            }
        }
        return b.toString();
    }

    /** A typed code made canonical ("abcde fghjk", "ABCDEFGHJK", O for 0...), or empty when it cannot be one. */
    public static Optional<String> normalize(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String s = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "").replace('O', '0').replace('I', '1')
                .replace('L', '1');
        if (!s.matches("[0-9A-HJKMNP-TV-Z]{10}")) {
            return Optional.empty();
        }
        return Optional.of(s.substring(0, 5) + "-" + s.substring(5));
    }
}
