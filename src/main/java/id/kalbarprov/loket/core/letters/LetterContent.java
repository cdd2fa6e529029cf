package id.kalbarprov.loket.core.letters;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything printed on one confirmation letter, already filled in. {@code paragraphs} are the
 * body's paragraphs; a paragraph's lines starting with "1." or "-" are list items.
 */
public record LetterContent(Letterhead letterhead, Paper paper, String number, String place, LocalDate date,
                            String sifat, String lampiran, String subject, String addressee, String addresseePlace,
                            List<String> paragraphs, Signer signer, List<String> tembusan, String verificationCode) {

    public LetterContent {
        paragraphs = List.copyOf(paragraphs);
        tembusan = List.copyOf(tembusan);
    }

    /** A letter without a verification code (previews, templates): no QR code is printed. */
    public LetterContent(Letterhead letterhead, Paper paper, String number, String place, LocalDate date,
                         String sifat, String lampiran, String subject, String addressee, String addresseePlace,
                         List<String> paragraphs, Signer signer, List<String> tembusan) {
        this(letterhead, paper, number, place, date, sifat, lampiran, subject, addressee, addresseePlace, paragraphs,
                signer, tembusan, null);
    }

    /** The same letter carrying {@code code} (issue 14): printed with its QR code at the foot of the last page. */
    public LetterContent withVerification(String code) {
        return new LetterContent(letterhead, paper, number, place, date, sifat, lampiran, subject, addressee,
                addresseePlace, paragraphs, signer, tembusan, code);
    }

    /** What the QR code holds: the code and the number, readable by any phone. */
    public String verificationQr() {
        return "VERIFIKASI " + verificationCode + " " + number;
    }
}
