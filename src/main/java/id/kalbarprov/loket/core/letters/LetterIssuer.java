package id.kalbarprov.loket.core.letters;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.function.Function;

/**
 * The one issuing path of every outgoing letter, confirmation letter or complaint reply (decisions
 * 0007, 0011, 0014): the signer must be set; the subject is checked inside the transaction; the
 * year's next serial of the register; the number; the text; the archival PDF; its SHA-256; the
 * register row and its audit entry; then the subject's own state, history and audit — all in the
 * caller's ONE transaction, so a failure anywhere (a PDF that cannot be rendered too) rolls the
 * serial back. Callers check the operator's permission first ({@link OutgoingLetterService},
 * {@link ComplaintReplyService}; the demo data issues as "demo").
 */
public final class LetterIssuer {

    private final LetterRenderer renderer;

    public LetterIssuer(LetterRenderer renderer) {
        this.renderer = renderer;
    }

    /**
     * Issues one letter inside the open transaction {@code tx}, dated {@code date}; returns its id in
     * the register. {@code subject} reads and checks what the letter answers (after the signer check).
     *
     * @throws SignerMissingException when no signer is set
     */
    public long issue(OutgoingLetterPort.Issuing tx, Function<OutgoingLetterPort.Issuing, LetterSubject> subject,
                      String actor, LocalDate date, LocalDateTime at) {
        LetterSettings s = tx.settings();
        Signer signer = s.signer().orElseThrow(SignerMissingException::new);
        LetterSubject what = subject.apply(tx);
        long seq = tx.nextSerial(date.getYear());
        String number = what.number(s, tx, seq, date);
        LetterContent content = what.compose(s, tx, number, date, signer)
                .withVerification(LetterVerification.code(date.getYear(), seq, number));
        LetterRenderer.Rendered pdf = renderer.render(content);
        NewOutgoingLetter letter = new NewOutgoingLetter(date.getYear(), seq, number, what.kind(), what.letterId(),
                what.complaintId(), what.version(), date, content, what.addressee(content), pdf.pdf(), pdf.pages(),
                sha256(pdf.pdf()), actor, at);
        long id = tx.store(letter);
        what.issued(tx, id, letter);
        return id;
    }

    /** The SHA-256 of {@code bytes} in lower-case hex, as the register keeps it. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
