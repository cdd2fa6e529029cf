package id.kalbarprov.loket.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.kalbarprov.loket.ui.common.I18n;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every UI text exists in Indonesian and English, and every key is used somewhere in the code. */
class I18nBundlesTest {

    /** Keys built at run time from an enum constant: prefix + "." + NAME. */
    static final List<String> ENUM_PREFIXES = List.of("nav.", "planned.", "state.", "due.", "role.", "signer.",
            "outcome.", "category.", "channel.", "complaintState.", "delivery.", "email.", "hosting.", "network.",
            "sort.", "holidayKind.", "audit.entity.", "audit.action.", "audit.field.", "audit.setting.", "audit.value.", "serviceShort.",
            "complainantKind.", "complaintDelivery.",
            "workflow.kind.", "processing.form.",
            "letterKind.", "letterDelivery.", "templates.service.", "letters.paper.",
            "backupProblem.", "startupProblem.", "dbProblem.",
            "permission.", "reportKind.", "survey.element.", "survey.question.", "survey.answer.", "survey.grade.",
            "survey.sex.", "survey.age.", "survey.education.", "survey.occupation.", "survey.source.",
            "setup.SIGNER.", "setup.HOLIDAYS.", "setup.OFFICE.", "setup.BACKUP.", "setup.ROLES.");

    static Properties load(String bundle, String lang) throws IOException {
        Properties p = new Properties();
        try (InputStream in = I18n.class.getResourceAsStream("/i18n/" + bundle + "_" + lang + ".properties")) {
            assertThat(in).as(bundle + "_" + lang).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void bothLanguagesHaveTheSameKeysAndNoEmptyText() throws IOException {
        for (String bundle : I18n.BUNDLES) {
            Properties id = load(bundle, "id");
            Properties en = load(bundle, "en");
            assertThat(new TreeSet<>(en.stringPropertyNames())).as(bundle)
                    .isEqualTo(new TreeSet<>(id.stringPropertyNames()));
            for (String k : id.stringPropertyNames()) {
                assertThat(id.getProperty(k)).as(bundle + ":" + k).isNotBlank();
                assertThat(en.getProperty(k)).as(bundle + ":" + k).isNotBlank();
            }
        }
    }

    @Test
    void noKeyIsDefinedTwiceAcrossBundles() throws IOException {
        Set<String> seen = new TreeSet<>();
        List<String> twice = new ArrayList<>();
        for (String bundle : I18n.BUNDLES) {
            for (String k : load(bundle, "id").stringPropertyNames()) {
                if (!seen.add(k)) {
                    twice.add(k);
                }
            }
        }
        assertThat(twice).isEmpty();
    }

    @Test
    void everyKeyIsUsedAndEveryUsedKeyExists() throws IOException {
        StringBuilder code = new StringBuilder();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                code.append(Files.readString(f));
            }
        }
        String all = code.toString();
        Set<String> keys = new TreeSet<>();
        for (String bundle : I18n.BUNDLES) {
            keys.addAll(load(bundle, "id").stringPropertyNames());
        }
        List<String> unused = keys.stream()
                .filter(k -> !all.contains("\"" + k + "\""))
                .filter(k -> ENUM_PREFIXES.stream().noneMatch(k::startsWith))
                .toList();
        assertThat(unused).as("keys no code uses").isEmpty();

        I18n i18n = new I18n(I18n.INDONESIAN);
        var literal = java.util.regex.Pattern.compile("\\bt\\(\"([a-zA-Z]+\\.[a-zA-Z.]+)\"");
        var m = literal.matcher(all);
        List<String> missing = new ArrayList<>();
        while (m.find()) {
            if (!i18n.has(m.group(1))) {
                missing.add(m.group(1));
            }
        }
        assertThat(missing).as("keys the code asks for that no bundle has").isEmpty();
    }
}
