package id.kalbarprov.loket.core.letters;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything printed on one confirmation letter, already filled in. {@code paragraphs} are the
 * body's paragraphs; a paragraph's lines starting with "1." or "-" are list items.
 */
public record LetterContent(Letterhead letterhead, Paper paper, String number, String place, LocalDate date,
                            String sifat, String lampiran, String subject, String addressee, String addresseePlace,
                            List<String> paragraphs, Signer signer, List<String> tembusan) {

    public LetterContent {
        paragraphs = List.copyOf(paragraphs);
        tembusan = List.copyOf(tembusan);
    }
}
