package id.kalbarprov.loket.documents;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;

/**
 * What makes a PDFBox document PDF/A-2b: the identification and Dublin Core metadata (XMP) matching
 * the document information, the sRGB output intent and a document ID. Dates are given, never "now",
 * so the same content always gives the same bytes. Used by letters and reports.
 */
final class PdfA {

    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private PdfA() {
    }

    /** Marks {@code doc} as PDF/A-2b, made at {@code at} (Western Indonesian Time, UTC+7). */
    static void identify(PDDocument doc, String title, String author, String subject, LocalDateTime at,
                         byte[] documentId) throws IOException {
        identify(doc, title, author, subject, at, documentId, null);
    }

    /**
     * The same, with {@code identifier} (or none when null) as the Dublin Core identifier of the metadata,
     * which a PDF keeps uncompressed: a letter's "Kode verifikasi: …" is read from there without opening the
     * document ({@link VerificationCodes}).
     */
    static void identify(PDDocument doc, String title, String author, String subject, LocalDateTime at,
                         byte[] documentId, String identifier) throws IOException {
        Calendar when = new GregorianCalendar(TimeZone.getTimeZone("GMT+07:00"), Locale.ROOT);
        when.clear();
        when.set(at.getYear(), at.getMonthValue() - 1, at.getDayOfMonth(), at.getHour(), at.getMinute(), at.getSecond());
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(title);
        info.setAuthor(author);
        info.setSubject(subject);
        info.setCreator("Loket");
        info.setProducer("Loket (Apache PDFBox)");
        info.setCreationDate(when);
        info.setModificationDate(when);

        String xmpDate = String.format("%04d-%02d-%02dT%02d:%02d:%02d+07:00", at.getYear(), at.getMonthValue(),
                at.getDayOfMonth(), at.getHour(), at.getMinute(), at.getSecond());
        String xmp = "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
                + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                + "<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">"
                + "<pdfaid:part>2</pdfaid:part><pdfaid:conformance>B</pdfaid:conformance></rdf:Description>\n"
                + "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
                + "<dc:format>application/pdf</dc:format>"
                + (identifier == null ? "" : "<dc:identifier>" + xml(identifier) + "</dc:identifier>")
                + "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + xml(title) + "</rdf:li></rdf:Alt></dc:title>"
                + "<dc:creator><rdf:Seq><rdf:li>" + xml(author) + "</rdf:li></rdf:Seq></dc:creator>"
                + "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">" + xml(subject)
                + "</rdf:li></rdf:Alt></dc:description></rdf:Description>\n"
                + "<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">"
                + "<xmp:CreateDate>" + xmpDate + "</xmp:CreateDate><xmp:ModifyDate>" + xmpDate
                + "</xmp:ModifyDate><xmp:CreatorTool>Loket</xmp:CreatorTool></rdf:Description>\n"
                + "<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">"
                + "<pdf:Producer>Loket (Apache PDFBox)</pdf:Producer></rdf:Description>\n"
                + "</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>";
        PDMetadata metadata = new PDMetadata(doc);
        metadata.importXMPMetadata(xmp.getBytes(StandardCharsets.UTF_8));
        doc.getDocumentCatalog().setMetadata(metadata);
        doc.getDocumentCatalog().setLanguage("id-ID");

        PDOutputIntent intent = new PDOutputIntent(doc, new ByteArrayInputStream(SRGB));
        intent.setInfo("sRGB IEC61966-2.1");
        intent.setOutputCondition("sRGB IEC61966-2.1");
        intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
        intent.setRegistryName("http://www.color.org");
        doc.getDocumentCatalog().addOutputIntent(intent);

        COSArray ids = new COSArray();
        ids.add(new COSString(documentId));
        ids.add(new COSString(documentId));
        doc.getDocument().setDocumentID(ids);
    }

    static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** A document's permanent id: the first 16 bytes of SHA-256 over {@code key} (fixed for the same document). */
    static byte[] documentId(String key) {
        try {
            return java.util.Arrays.copyOf(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(StandardCharsets.UTF_8)), 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
