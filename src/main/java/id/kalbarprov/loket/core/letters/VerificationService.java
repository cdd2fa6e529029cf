package id.kalbarprov.loket.core.letters;

import java.util.Optional;
import java.util.function.Function;

/**
 * Is this letter ours? (issue 14) A PDF is genuine when its exact bytes are a PDF of the outgoing
 * register (SHA-256); one that carries a verification code of the register but other bytes was
 * altered. A code typed from paper names the letter it was printed on (the paper itself cannot be
 * checked byte for byte: the clerk compares it with the letter shown).
 */
public final class VerificationService {

    private final VerificationPort register;
    private final Function<byte[], Optional<String>> codeInPdf;

    /** {@code codeInPdf} reads "Kode verifikasi: …" from a PDF's text (documents/), empty when none or unreadable. */
    public VerificationService(VerificationPort register, Function<byte[], Optional<String>> codeInPdf) {
        this.register = register;
        this.codeInPdf = codeInPdf;
    }

    public Verdict verifyPdf(byte[] content) {
        if (!isPdf(content)) {
            return Verdict.of(Verdict.Kind.NOT_A_PDF);
        }
        Optional<VerificationPort.Issued> exact = register.bySha256(LetterIssuer.sha256(content));
        if (exact.isPresent()) {
            return verdict(exact.get(), exact.get().cancelled() ? Verdict.Kind.CANCELLED : Verdict.Kind.ISSUED);
        }
        return codeInPdf.apply(content).flatMap(LetterVerification::normalize).flatMap(register::byCode)
                .map(i -> verdict(i, Verdict.Kind.ALTERED)).orElse(Verdict.of(Verdict.Kind.UNKNOWN));
    }

    /** The letter printed with the typed code; UNKNOWN for a code of no letter or not a code at all. */
    public Verdict verifyCode(String typed) {
        return LetterVerification.normalize(typed).flatMap(register::byCode)
                .map(i -> verdict(i, i.cancelled() ? Verdict.Kind.CANCELLED : Verdict.Kind.ISSUED))
                .orElse(Verdict.of(Verdict.Kind.UNKNOWN));
    }

    private static Verdict verdict(VerificationPort.Issued i, Verdict.Kind kind) {
        return new Verdict(kind, i.number(), i.date(), i.subject(), i.addressee(), i.code(), i.cancelReason());
    }

    static boolean isPdf(byte[] c) {
        int limit = Math.min(c.length - 5, 1024);
        for (int i = 0; i <= limit; i++) {
            if (c[i] == '%' && c[i + 1] == 'P' && c[i + 2] == 'D' && c[i + 3] == 'F' && c[i + 4] == '-') {
                return true;
            }
        }
        return false;
    }
}
