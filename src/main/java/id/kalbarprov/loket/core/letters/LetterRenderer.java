package id.kalbarprov.loket.core.letters;

/** Turns a letter into its archival PDF (implemented in documents/, with PDFBox). */
public interface LetterRenderer {

    /** The PDF bytes: the same content always gives the same bytes. */
    Rendered render(LetterContent content);

    /** The PDF and how many pages it has. */
    record Rendered(byte[] pdf, int pages) {
    }
}
