package id.kalbarprov.loket.documents;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Random;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;

/** Scans made for tests: real PDFs (plain, with a password, cut off), JPEG and PNG images. */
public final class ScanSamples {

    private ScanSamples() {
    }

    /** A PDF of {@code pages} A4 pages, each with a grey box (a "scanned" page); {@code seed} varies the bytes. */
    public static byte[] pdf(int pages, int seed) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 0; i < pages; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.setNonStrokingColor(new Color(90 + (seed * 7 + i * 13) % 120, 90, 90));
                    cs.addRect(60, 500 - i * 10, 300 + seed % 100, 200);
                    cs.fill();
                }
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PDF of about {@code bytes} bytes: one page carrying a noisy (incompressible) image. */
    public static byte[] largePdf(int bytes, int seed) {
        int side = (int) Math.sqrt(bytes / 3.0);
        BufferedImage img = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
        Random r = new Random(seed);
        int[] row = new int[side];
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                row[x] = r.nextInt(0x1000000);
            }
            img.setRGB(0, y, side, 1, row, 0, side);
        }
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(LosslessFactory.createFromImage(doc, img), 20, 20, 550, 550);
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PDF that asks for a password to open. */
    public static byte[] passwordPdf() {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.addPage(new PDPage(PDRectangle.A4));
            StandardProtectionPolicy policy = new StandardProtectionPolicy("pemilik", "rahasia", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first third of a PDF: "%PDF-" at the start, the rest missing. */
    public static byte[] cutPdf() {
        byte[] whole = pdf(2, 3);
        return Arrays.copyOf(whole, whole.length / 3);
    }

    public static byte[] jpeg(int seed) {
        return image("jpg", seed);
    }

    public static byte[] png(int seed) {
        return image("png", seed);
    }

    private static byte[] image(String format, int seed) {
        BufferedImage img = new BufferedImage(400, 560, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 400, 560);
        g.setColor(new Color((seed * 37) % 255, 80, 120));
        g.fillRect(40, 40, 200 + seed % 100, 80);
        g.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(img, format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
