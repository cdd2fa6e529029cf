package id.kalbarprov.loket.core.complaints;

/** The step asked for is not allowed from the complaint's current state; nothing was written. */
public class ComplaintTransitionException extends RuntimeException {

    private final ComplaintState from;
    private final ComplaintState to;

    public ComplaintTransitionException(ComplaintState from, ComplaintState to) {
        super(from + " -> " + to + " not allowed");
        this.from = from;
        this.to = to;
    }

    public ComplaintState from() {
        return from;
    }

    public ComplaintState to() {
        return to;
    }
}
