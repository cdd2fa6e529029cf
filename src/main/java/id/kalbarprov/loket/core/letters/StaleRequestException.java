package id.kalbarprov.loket.core.letters;

/** The request changed (another workstation issued or moved it) since it was shown; nothing was done. */
public class StaleRequestException extends RuntimeException {
    public StaleRequestException(long letterId) {
        super("request " + letterId + " changed meanwhile");
    }
}
