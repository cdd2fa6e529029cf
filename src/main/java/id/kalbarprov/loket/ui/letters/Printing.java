package id.kalbarprov.loket.ui.letters;

import id.kalbarprov.loket.core.letters.Paper;
import id.kalbarprov.loket.documents.LetterPrinter;
import java.util.List;

/** The printers and printing, so the screen's tests can stand in for a real printer. */
public interface Printing {

    List<String> printers();

    /** Throws {@link LetterPrinter.PrintFailedException} when it cannot print. */
    void print(byte[] pdf, String printer, Paper paper, int copies);

    /**
     * Prints on sheets of {@code widthMm} × {@code heightMm} (a receipt on A5 or A4, a disposition
     * sheet on A4). Throws {@link LetterPrinter.PrintFailedException} when it cannot.
     */
    default void printSheet(byte[] pdf, String printer, int widthMm, int heightMm, int copies) {
        throw new LetterPrinter.PrintFailedException("letters.print.noSpooler", "no sheet printing");
    }

    /** JavaFX printing through the system's printers. */
    static Printing system() {
        return new Printing() {
            @Override
            public List<String> printers() {
                return LetterPrinter.printerNames();
            }

            @Override
            public void print(byte[] pdf, String printer, Paper paper, int copies) {
                new LetterPrinter().print(pdf, printer, paper, copies);
            }

            @Override
            public void printSheet(byte[] pdf, String printer, int widthMm, int heightMm, int copies) {
                new LetterPrinter().printSheet(pdf, printer, widthMm, heightMm, copies);
            }
        };
    }
}
