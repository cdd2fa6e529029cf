package id.kalbarprov.loket.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;

/** Line breaking of the letter body: a word wider than the line is cut, never lost, never spilling over. */
class LetterWrapTest {

    @Test
    void aPastedWordOfFourThousandCharactersIsCutIntoLinesThatFitAndReadBackWhole() throws Exception {
        try (PDDocument doc = new PDDocument();
             var in = LetterPdf.class.getResourceAsStream("/fonts/LiberationSerif-Regular.ttf")) {
            PDType0Font font = PDType0Font.load(doc, in, true);
            String word = "https://diskominfo.kalbarprov.go.id/" + "aB3xY9".repeat(660) + "😀z";
            float width = 400;
            List<String> lines = LetterPdf.wrap(font, 12, "Tautan: " + word + " selesai.", width);
            assertThat(lines.size()).isGreaterThan(20);
            for (String line : lines) {
                assertThat(LetterPdf.textWidth(font, 12, line)).as(line).isLessThanOrEqualTo(width);
            }
            assertThat(String.join("", lines).replace(" ", "")).isEqualTo(("Tautan:" + word + "selesai."));
            assertThat(lines).noneMatch(l -> !l.isEmpty() && Character.isHighSurrogate(l.charAt(l.length() - 1)));
        }
    }
}
