package id.kalbarprov.loket.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The app draws with the binary stylesheets the build makes (Theme): they must say exactly what the CSS
 * says now, or the app would look other than its CSS (a stale .bss after a change to loket.css).
 */
class ThemeTest {
    @TempDir
    Path dir;

    @Test
    void theAppUsesTheBinaryStylesheets() {
        assertThat(Theme.userAgent()).endsWith("/css/primer-light.bss");
        assertThat(Theme.own()).endsWith("/css/loket.bss");
    }

    @Test
    void primerLightInBinaryHasEveryRuleOfItsCss() throws Exception {
        assertSameRules(PrimerLight.class.getResource(new PrimerLight().getUserAgentStylesheet()), Theme.THEME_BSS);
    }

    @Test
    void loketsOwnStylesheetInBinaryHasEveryRuleOfItsCss() throws Exception {
        assertSameRules(Theme.class.getResource(Theme.OWN_CSS), Theme.OWN_BSS);
    }

    /** The shipped .bss against one made from the CSS here and now; both read back the same way. */
    private void assertSameRules(URL css, String shipped) throws Exception {
        Path source = dir.resolve("sheet.css");
        try (InputStream in = css.openStream()) {
            Files.copy(in, source);
        }
        Path fresh = dir.resolve("sheet.bss");
        Stylesheet.convertToBinary(source.toFile(), fresh.toFile());
        List<String> expected = texts(fresh.toUri().toURL());
        assertThat(expected).hasSizeGreaterThan(50);
        assertThat(texts(Theme.class.getResource(shipped))).containsExactlyElementsOf(expected);
    }

    private static List<String> texts(URL bss) throws Exception {
        // each rule's selectors and declarations in words; a url(...) keeps the address of its stylesheet
        return Stylesheet.loadBinary(bss).getRules().stream()
                .map(r -> (r.getSelectors() + " { " + r.getDeclarations() + " }").replace(bss.toExternalForm(), "<sheet>"))
                .toList();
    }
}
