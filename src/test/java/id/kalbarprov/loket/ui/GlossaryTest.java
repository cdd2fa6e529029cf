package id.kalbarprov.loket.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.kalbarprov.loket.ui.common.I18n;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** docs/glossary.md: the variants found in the desk review never come back into the Indonesian texts. */
class GlossaryTest {

    /** variant → what the glossary says instead. */
    static final Map<Pattern, String> VARIANTS = Map.of(
            Pattern.compile("(?i)jatuh tempo"), "batas waktu",
            Pattern.compile("\\bPengkaji\\b"), "Analis",
            Pattern.compile("(?i)\\bpermintaan(nya)?\\b"), "permohonan",
            Pattern.compile("\\bVicon\\b|Video conference"), "Video Conference",
            Pattern.compile("JJ:MM|\\b\\d{1,2}:\\d{2}\\b"), "JJ.MM, 16.00",
            Pattern.compile("(?i)dd-mm-yyyy"), "HH-BB-TTTT",
            Pattern.compile("baru saja direset"), "kata sandi sementara",
            Pattern.compile("(?i)lewat tenggat"), "terlambat");

    @Test
    void theIndonesianTextsUseTheGlossarysWords() throws IOException {
        List<String> found = new ArrayList<>();
        for (String bundle : I18n.BUNDLES) {
            Properties p = I18nBundlesTest.load(bundle, "id");
            for (String key : p.stringPropertyNames()) {
                String value = p.getProperty(key);
                VARIANTS.forEach((variant, instead) -> {
                    if (variant.matcher(value).find()) {
                        found.add(bundle + ": " + key + " = " + value + "  → " + instead);
                    }
                });
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void tilesAndColumnHeadersStartWithACapital() throws IOException {
        List<String> found = new ArrayList<>();
        for (String lang : List.of("id", "en")) {
            for (String bundle : I18n.BUNDLES) {
                Properties p = I18nBundlesTest.load(bundle, lang);
                for (String key : p.stringPropertyNames()) {
                    boolean label = key.contains(".col.") || key.contains(".summary.") || key.contains(".tab")
                            || key.startsWith("due.") || key.startsWith("state.");
                    String v = p.getProperty(key);
                    if (label && !v.isEmpty() && Character.isLowerCase(v.codePointAt(0))) {
                        found.add(bundle + "_" + lang + ": " + key + " = " + v);
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void noScreenWritesItsOwnDateOrTimeHint() throws IOException {
        List<String> found = new ArrayList<>();
        Pattern own = Pattern.compile("\"dd-mm-yyyy\"|ofPattern\\(\"HH:mm\"\\)|setPromptText\\(\"\\d{1,2}:\\d{2}\"\\)");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/id/kalbarprov/loket/ui"))) {
            for (Path f : files.filter(x -> x.toString().endsWith(".java")).toList()) {
                String s = Files.readString(f);
                if (own.matcher(s).find()) {
                    found.add(f.toString());
                }
            }
        }
        assertThat(found).isEmpty();
    }
}
