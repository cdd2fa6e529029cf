package id.kalbarprov.loket.core.letters;

/** The signer settings are incomplete: no letter can be issued until an administrator fills them in. */
public class SignerMissingException extends RuntimeException {
    public SignerMissingException() {
        super("signer settings are missing");
    }
}
