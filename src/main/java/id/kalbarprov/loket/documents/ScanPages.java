package id.kalbarprov.loket.documents;

import id.kalbarprov.loket.core.attachments.ScanKind;
import id.kalbarprov.loket.core.attachments.ScanProblem;
import id.kalbarprov.loket.core.attachments.ScanReader;
import id.kalbarprov.loket.core.attachments.ScanRefusedException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Scans opened with PDFBox and ImageIO: the check before attaching (a PDF with a password or one that
 * does not open is refused), the pages for the viewer and a thumbnail of the first page.
 */
public final class ScanPages implements ScanReader {

    @Override
    public int check(ScanKind kind, byte[] content, String fileName) {
        if (kind == ScanKind.PDF) {
            try (PDDocument doc = Loader.loadPDF(content)) {
                if (doc.isEncrypted()) {
                    // opens without a password but is encrypted (an owner password): refused all the same,
                    // the archive must open anywhere without one
                    throw new ScanRefusedException(ScanProblem.PASSWORD, fileName);
                }
                int pages = doc.getNumberOfPages();
                if (pages == 0) {
                    throw new ScanRefusedException(ScanProblem.DAMAGED, fileName);
                }
                // the first page must render: a cut-off file often loads, then fails here. At 12 dpi the
                // page's images may be read subsampled (every n-th pixel): the whole stream is still
                // decoded, so a damaged one still fails, but no full-size raster is built
                PDFRenderer renderer = new PDFRenderer(doc);
                renderer.setSubsamplingAllowed(true);
                renderer.renderImageWithDPI(0, 12, ImageType.GRAY);
                return pages;
            } catch (InvalidPasswordException e) {
                throw new ScanRefusedException(ScanProblem.PASSWORD, fileName);
            } catch (IOException | RuntimeException e) {
                if (e instanceof ScanRefusedException r) {
                    throw r;
                }
                throw new ScanRefusedException(ScanProblem.DAMAGED, fileName);
            }
        }
        BufferedImage img = image(content);
        if (img == null) {
            throw new ScanRefusedException(ScanProblem.DAMAGED, fileName);
        }
        return 1;
    }

    private static BufferedImage image(byte[] content) {
        try {
            return ImageIO.read(new ByteArrayInputStream(content));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Every page at {@code dpi} (an image is one page, as it is: scanners write their own resolution). */
    public static List<BufferedImage> pages(ScanKind kind, byte[] content, float dpi) {
        if (kind != ScanKind.PDF) {
            BufferedImage img = image(content);
            if (img == null) {
                throw new UncheckedIOException(new IOException("Cannot decode the image"));
            }
            return List.of(img);
        }
        return LetterPages.render(content, dpi);
    }

    /** The first page scaled to fit {@code box} × {@code box} pixels. */
    public static BufferedImage thumbnail(ScanKind kind, byte[] content, int box) {
        BufferedImage first;
        if (kind == ScanKind.PDF) {
            try (PDDocument doc = Loader.loadPDF(content)) {
                float w = doc.getPage(0).getMediaBox().getWidth();
                float h = doc.getPage(0).getMediaBox().getHeight();
                float dpi = 72f * box / Math.max(w, h);
                first = new PDFRenderer(doc).renderImageWithDPI(0, Math.max(dpi, 4f), ImageType.RGB);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } else {
            first = image(content);
            if (first == null) {
                throw new UncheckedIOException(new IOException("Cannot decode the image"));
            }
        }
        double scale = Math.min(1.0, (double) box / Math.max(first.getWidth(), first.getHeight()));
        int w = Math.max(1, (int) Math.round(first.getWidth() * scale));
        int h = Math.max(1, (int) Math.round(first.getHeight() * scale));
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(first, 0, 0, w, h, null);
        g.dispose();
        return out;
    }
}
