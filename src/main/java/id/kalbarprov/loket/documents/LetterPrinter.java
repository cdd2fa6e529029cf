package id.kalbarprov.loket.documents;

import java.awt.image.BufferedImage;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Paper;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.image.ImageView;

/**
 * Prints a letter with JavaFX printing: each PDF page rendered to an image (PDFBox) and sent
 * through {@link PrinterJob} to the chosen printer, paper and number of copies. The archival,
 * searchable document remains the stored PDF. Callable off the FX thread.
 */
public final class LetterPrinter {

    /** Why printing did not happen, as a message key of the letters bundle. */
    public static final class PrintFailedException extends RuntimeException {
        private final String key;

        public PrintFailedException(String key, String detail) {
            super(key + (detail == null ? "" : ": " + detail));
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    private static final float DPI = 200f;

    /** Names of the printers the system offers, the default first. */
    public static List<String> printerNames() {
        Printer def = Printer.getDefaultPrinter();
        return Printer.getAllPrinters().stream()
                .sorted(Comparator.comparing((Printer p) -> def == null || !p.getName().equals(def.getName()))
                        .thenComparing(Printer::getName))
                .map(Printer::getName).toList();
    }

    public static Optional<String> defaultPrinter() {
        return Optional.ofNullable(Printer.getDefaultPrinter()).map(Printer::getName);
    }

    /** Prints {@code pdf}; throws {@link PrintFailedException} with a clear reason when it cannot. */
    public void print(byte[] pdf, String printerName, id.kalbarprov.loket.core.letters.Paper paper, int copies) {
        if (copies < 1 || copies > 20) {
            throw new PrintFailedException("letters.print.badCopies", String.valueOf(copies));
        }
        Printer printer = Printer.getAllPrinters().stream().filter(p -> p.getName().equals(printerName)).findFirst()
                .orElseThrow(() -> new PrintFailedException("letters.print.noPrinter", printerName));
        Paper fxPaper = paper(printer, paper)
                .orElseThrow(() -> new PrintFailedException("letters.print.noPaper", paper.name()));
        PageLayout layout = printer.createPageLayout(fxPaper, PageOrientation.PORTRAIT, Printer.MarginType.HARDWARE_MINIMUM);
        List<BufferedImage> pages = LetterPages.render(pdf, DPI);
        // Page images are made here (slow, off the FX thread); the job itself runs on the FX
        // thread, where JavaFX expects nodes to be touched.
        onFxThread(() -> spool(printer, printerName, layout, fxPaper, pages, copies));
    }

    private static void spool(Printer printer, String printerName, PageLayout layout, Paper fxPaper,
                              List<BufferedImage> pages, int copies) {
        PrinterJob job = PrinterJob.createPrinterJob(printer);
        if (job == null) {
            throw new PrintFailedException("letters.print.failed", printerName);
        }
        job.getJobSettings().setCopies(copies);
        job.getJobSettings().setPageLayout(layout);
        job.getJobSettings().setJobName("Surat Loket");
        for (BufferedImage page : pages) {
            ImageView view = new ImageView(SwingFXUtils.toFXImage(page, null));
            // The image is the whole sheet; place it so the sheet's origin meets the paper's.
            view.setPreserveRatio(true);
            view.setFitWidth(fxPaper.getWidth());
            view.setTranslateX(-layout.getLeftMargin());
            view.setTranslateY(-layout.getTopMargin());
            if (!job.printPage(layout, view)) {
                job.cancelJob();
                throw new PrintFailedException("letters.print.failed", String.valueOf(job.getJobStatus()));
            }
        }
        if (!job.endJob()) {
            throw new PrintFailedException("letters.print.failed", String.valueOf(job.getJobStatus()));
        }
    }

    private static void onFxThread(Runnable work) {
        if (Platform.isFxApplicationThread()) {
            work.run();
            return;
        }
        FutureTask<Void> task = new FutureTask<>(work, null);
        Platform.runLater(task);
        try {
            task.get(5, TimeUnit.MINUTES);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new PrintFailedException("letters.print.failed", String.valueOf(e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PrintFailedException("letters.print.failed", "interrupted");
        } catch (TimeoutException e) {
            throw new PrintFailedException("letters.print.failed", "timeout");
        }
    }

    /** The printer's A4, or its paper of 215 × 330 mm (folio, F4) within 2 mm. */
    static Optional<Paper> paper(Printer printer, id.kalbarprov.loket.core.letters.Paper paper) {
        double w = paper.widthMm() * 72 / 25.4;
        double h = paper.heightMm() * 72 / 25.4;
        double tol = 2 * 72 / 25.4;
        if (paper == id.kalbarprov.loket.core.letters.Paper.A4
                && printer.getPrinterAttributes().getSupportedPapers().contains(Paper.A4)) {
            return Optional.of(Paper.A4);
        }
        return printer.getPrinterAttributes().getSupportedPapers().stream()
                .filter(p -> Math.abs(p.getWidth() - w) <= tol && Math.abs(p.getHeight() - h) <= tol)
                .findFirst();
    }
}
