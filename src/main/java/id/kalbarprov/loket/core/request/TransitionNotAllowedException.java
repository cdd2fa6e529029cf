package id.kalbarprov.loket.core.request;

/** The request's state does not allow this step ({@link RequestState#canMoveTo}); nothing was written. */
public class TransitionNotAllowedException extends RuntimeException {

    private final RequestState from;
    private final RequestState to;

    public TransitionNotAllowedException(RequestState from, RequestState to) {
        super(from + " -> " + to + " is not allowed");
        this.from = from;
        this.to = to;
    }

    public RequestState from() {
        return from;
    }

    public RequestState to() {
        return to;
    }
}
