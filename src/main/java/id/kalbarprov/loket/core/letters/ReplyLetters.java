package id.kalbarprov.loket.core.letters;

import id.kalbarprov.loket.core.complaints.ComplainantKind;
import id.kalbarprov.loket.core.complaints.Complaint;
import id.kalbarprov.loket.core.complaints.ComplaintState;
import id.kalbarprov.loket.core.complaints.DeliveryChannel;
import id.kalbarprov.loket.core.numbering.NumberPattern;
import id.kalbarprov.loket.core.text.IndonesianDates;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The reply letter to a complaint (decision 0011): its placeholders, to whom it is addressed, its
 * number (same pattern and yearly serial as the confirmation letters, with the reply's own
 * classification code) and the whole letter.
 */
public final class ReplyLetters {

    /** The setting holding the reply letters' classification code. */
    public static final String CODE_SETTING = "letters.code.PENGADUAN";
    /** Used when the setting is missing: Permendagri 83/2022, 500.12 Komunikasi dan Informatika. */
    public static final String DEFAULT_CODE = "500.12";

    private ReplyLetters() {
    }

    /** True when the letter goes to the head of the complainant's agency; false: to the person. */
    public static boolean toAgency(Complaint c) {
        return c.complainantKind() == ComplainantKind.INSTANSI && c.agency() != null && !c.agency().isBlank();
    }

    /** "Kepala Dinas Kesehatan ..." for an agency complainant, "Sdr. Budi Santoso" for a person. */
    public static String addressee(Complaint c) {
        return toAgency(c) ? LetterComposer.headOf(c.agency()) : "Sdr. " + c.complainantName().strip();
    }

    /** The placeholder values for complaint {@code c} answered with {@code answer}. */
    public static Map<String, String> values(Complaint c, String answer) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("nomor_pengaduan", c.number());
        v.put("tanggal_pengaduan", IndonesianDates.longDate(c.receivedAt().toLocalDate()));
        v.put("saluran", channel(c.channel(), c.channelReference()));
        v.put("nama_pengadu", c.anonymous() || c.complainantName() == null ? "-" : c.complainantName().strip());
        v.put("instansi_pengadu", c.agency() == null ? "-" : c.agency());
        v.put("isi_pengaduan", oneParagraph(c.text()));
        v.put("jawaban", LetterComposer.list(answer));
        String service = c.service() == null ? null : c.service().replaceFirst("^Pelayanan ", "");
        v.put("layanan", service == null ? "-" : service);
        v.put("nomor_agenda", c.letterAgenda() == null ? "-" : c.letterAgenda());
        String about = "";
        if (service != null) {
            about = " mengenai layanan " + service;
        }
        if (c.letterAgenda() != null) {
            about += (service == null ? " mengenai" : ",") + " permintaan layanan dengan Nomor Agenda "
                    + c.letterAgenda();
        }
        v.put("tentang_layanan", about);
        return v;
    }

    /** "kotak pengaduan", "WhatsApp", "SP4N-LAPOR! (1234567)": a channel as it reads inside a sentence. */
    static String channel(String name, String reference) {
        String n = name.strip();
        int space = n.indexOf(' ');
        String first = space < 0 ? n : n.substring(0, space);
        if (first.length() > 1 && first.substring(1).equals(first.substring(1).toLowerCase(java.util.Locale.ROOT))
                && Character.isUpperCase(first.charAt(0))) {
            n = Character.toLowerCase(n.charAt(0)) + n.substring(1);
        }
        return reference == null || reference.isBlank() ? n : n + " (" + reference.strip() + ")";
    }

    private static String oneParagraph(String text) {
        return text == null || text.isBlank() ? "-" : text.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    /** The number for serial {@code seq} on {@code date}, with the reply's classification {@code code}. */
    public static String number(LetterSettings s, String code, long seq, LocalDate date) {
        return new NumberPattern(s.numberPattern()).format(seq, date.getYear(), date.getMonthValue(), code);
    }

    /** The number as a preview shows it, before a serial is taken. */
    public static String previewNumber(LetterSettings s, String code, LocalDate date) {
        long marker = 987_654_321L;
        return number(s, code, marker, date).replace(Long.toString(marker), LetterComposer.PREVIEW_SERIAL);
    }

    /**
     * The whole letter. {@code place} is the "di -" line: the agency's town for an agency, the
     * person's postal address otherwise.
     */
    public static LetterContent compose(LetterSettings s, LetterTemplate t, Complaint c, String answer, String place,
                                        String number, LocalDate date, Signer signer) {
        Map<String, String> values = values(c, answer);
        String subject = Placeholders.fill(t.subject(), values).strip();
        String body = Placeholders.fill(t.body(), values);
        return new LetterContent(s.letterhead(), s.paper(), number, s.place(), date, "Biasa", "-", subject,
                addressee(c), place.strip(), LetterComposer.paragraphs(body), signer, s.tembusan());
    }

    /** A realistic complaint for the template's preview in Pengaturan › Templat. */
    public static Complaint example(LocalDate today, String serviceName) {
        return new Complaint(0, "0007/PGD/" + today.getYear(), today.minusDays(6).atTime(9, 30), 6, "SP4N-LAPOR!",
                "LAPOR-4471209", false, "Andi Wijaya", ComplainantKind.INSTANSI, 1L,
                "Dinas Pendidikan dan Kebudayaan Provinsi Kalimantan Barat", null, 4L, serviceName, 9L,
                "0042/SM/" + today.getYear(), "Situs web sekolah yang dihosting di Diskominfo tidak dapat diakses "
                + "sejak tiga hari yang lalu.", ComplaintState.DITINDAKLANJUTI, 1L, "Pengaduan ringan", 5, null,
                "Gangguan disebabkan oleh sertifikat SSL yang kedaluwarsa; sertifikat telah diperbarui dan situs "
                + "dapat diakses kembali sejak " + IndonesianDates.longDate(today)
                + ".", DeliveryChannel.SURAT, null, 3);
    }
}
