package id.kalbarprov.loket.core.letters;

import java.util.Optional;

/** What verification needs from the outgoing register; implemented in store/ on both backends. */
public interface VerificationPort {

    /** A letter of the register as verification sees it. */
    record Issued(String number, java.time.LocalDate date, String subject, String addressee, String code,
                  boolean cancelled, String cancelReason, String sha256) {
    }

    /** The letter whose stored PDF has this SHA-256. */
    Optional<Issued> bySha256(String sha256);

    /** The letter printed with this verification code. */
    Optional<Issued> byCode(String code);
}
