package id.kalbarprov.loket.core.intake;

/**
 * The store found a letter with the same agency and number inside the registering transaction, so
 * nothing was written; intake turns it into a question for the clerk.
 */
public final class DuplicateLetterException extends RuntimeException {

    private final LetterStorePort.ExistingLetter existing;

    public DuplicateLetterException(LetterStorePort.ExistingLetter existing) {
        super("same agency and letter number as " + existing.agendaNumber());
        this.existing = existing;
    }

    public LetterStorePort.ExistingLetter existing() {
        return existing;
    }
}
