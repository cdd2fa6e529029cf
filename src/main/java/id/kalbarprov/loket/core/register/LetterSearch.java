package id.kalbarprov.loket.core.register;

/** Finding incoming letters in the register (Buku Agenda); implemented by {@code store/LetterStore}. */
@FunctionalInterface
public interface LetterSearch {

    /** One page of the letters matching {@code filter}, in its order. */
    Page<LetterRow> search(LetterFilter filter, int offset, int limit);
}
