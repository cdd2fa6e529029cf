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
 * Prints a letter. On Linux and macOS the PDF itself goes to CUPS with {@code lpr} (the print system
 * takes PDF), and printing counts as done only when lpr accepted the job (exit 0): without lpr
 * (no cups-bsd) or when CUPS refuses, the clerk is told it was not printed. On Windows, JavaFX
 * printing: each PDF page rendered to an image (PDFBox) and sent through {@link PrinterJob} to the
 * chosen printer, paper and number of copies. The archival, searchable document remains the stored
 * PDF. Callable off the FX thread.
 */
public final class LetterPrinter {

    private final java.util.Map<String, String> env;
    private final boolean windows;

    /** This computer's print system. */
    public LetterPrinter() {
        this(System.getenv(), System.getProperty("os.name"));
    }

    /** With {@code env}'s PATH (tests: a PATH without lpr, or with a stand-in). */
    public LetterPrinter(java.util.Map<String, String> env, String osName) {
        this.env = env;
        this.windows = osName != null && osName.toLowerCase(java.util.Locale.ROOT).contains("win");
    }

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
        printSheet(pdf, printerName, paper.widthMm(), paper.heightMm(), copies);
    }

    /**
     * Prints {@code pdf} on sheets of {@code widthMm} × {@code heightMm} (A4, F4, or A5 for a receipt);
     * throws {@link PrintFailedException} with a clear reason when it cannot.
     */
    public void printSheet(byte[] pdf, String printerName, double widthMm, double heightMm, int copies) {
        if (copies < 1 || copies > 20) {
            throw new PrintFailedException("letters.print.badCopies", String.valueOf(copies));
        }
        if (!windows) {
            spoolWithLpr(pdf, printerName, widthMm, heightMm, copies);
            return;
        }
        Printer printer = Printer.getAllPrinters().stream().filter(p -> p.getName().equals(printerName)).findFirst()
                .orElseThrow(() -> new PrintFailedException("letters.print.noPrinter", printerName));
        Paper fxPaper = paper(printer, widthMm, heightMm)
                .orElseThrow(() -> new PrintFailedException("letters.print.noPaper", media(widthMm, heightMm)));
        PageLayout layout = printer.createPageLayout(fxPaper, PageOrientation.PORTRAIT, Printer.MarginType.HARDWARE_MINIMUM);
        List<BufferedImage> pages = LetterPages.render(pdf, DPI);
        // Page images are made here (slow, off the FX thread); the job itself runs on the FX
        // thread, where JavaFX expects nodes to be touched.
        onFxThread(() -> spool(printer, printerName, layout, fxPaper, pages, copies));
    }

    /** {@code lpr} on PATH, or empty. */
    java.util.Optional<java.nio.file.Path> lpr() {
        String path = env.getOrDefault("PATH", "");
        for (String d : path.split(java.io.File.pathSeparator)) {
            if (d.isBlank()) {
                continue;
            }
            java.nio.file.Path candidate = java.nio.file.Path.of(d, "lpr");
            if (java.nio.file.Files.isRegularFile(candidate) && java.nio.file.Files.isExecutable(candidate)) {
                return java.util.Optional.of(candidate);
            }
        }
        return java.util.Optional.empty();
    }

    /** The CUPS media name of a sheet: A4, A5, or Custom.WxHmm. */
    static String media(double widthMm, double heightMm) {
        long w = Math.round(widthMm);
        long h = Math.round(heightMm);
        return w == 210 && h == 297 ? "A4" : w == 148 && h == 210 ? "A5" : "Custom." + w + "x" + h + "mm";
    }

    private void spoolWithLpr(byte[] pdf, String printerName, double widthMm, double heightMm, int copies) {
        java.nio.file.Path lpr = lpr().orElseThrow(() -> new PrintFailedException("letters.print.noSpooler", "no lpr"));
        java.nio.file.Path file = null;
        try {
            file = java.nio.file.Files.createTempFile("loket-surat", ".pdf"); // 0600: the letter is personal
            java.nio.file.Files.write(file, pdf);
            String media = media(widthMm, heightMm);
            ProcessBuilder pb = new ProcessBuilder(lpr.toString(), "-P", printerName, "-#", String.valueOf(copies),
                    "-o", "media=" + media, "-T", "Surat Loket", file.toString()).redirectErrorStream(true);
            pb.environment().clear();
            pb.environment().putAll(env);
            Process p = pb.start();
            byte[] said = p.getInputStream().readNBytes(4000);
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new PrintFailedException("letters.print.failed", "lpr did not answer in 60 s");
            }
            if (p.exitValue() != 0) {
                String why = "lpr exit " + p.exitValue() + ": " + new String(said, java.nio.charset.StandardCharsets.UTF_8).strip();
                boolean known;
                try {
                    known = printerNames().contains(printerName);
                } catch (RuntimeException | Error e) {
                    known = true; // no toolkit to ask: lpr's own words stay in the detail
                }
                throw new PrintFailedException(known ? "letters.print.failed" : "letters.print.noPrinter", why);
            }
        } catch (java.io.IOException e) {
            throw new PrintFailedException("letters.print.noSpooler", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PrintFailedException("letters.print.failed", "interrupted");
        } finally {
            if (file != null) {
                try {
                    java.nio.file.Files.deleteIfExists(file);
                } catch (java.io.IOException ignored) {
                    // a temporary file the system cleans
                }
            }
        }
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

    /** The printer's A4 or A5, or its paper of that size (215 × 330 mm: folio, F4) within 2 mm. */
    static Optional<Paper> paper(Printer printer, double widthMm, double heightMm) {
        double w = widthMm * 72 / 25.4;
        double h = heightMm * 72 / 25.4;
        double tol = 2 * 72 / 25.4;
        String named = media(widthMm, heightMm);
        for (Paper known : new Paper[]{Paper.A4, Paper.A5}) {
            if (named.equals(known.getName()) && printer.getPrinterAttributes().getSupportedPapers().contains(known)) {
                return Optional.of(known);
            }
        }
        return printer.getPrinterAttributes().getSupportedPapers().stream()
                .filter(p -> Math.abs(p.getWidth() - w) <= tol && Math.abs(p.getHeight() - h) <= tol)
                .findFirst();
    }
}
