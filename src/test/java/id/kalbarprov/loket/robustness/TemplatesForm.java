package id.kalbarprov.loket.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import id.kalbarprov.loket.Loket;
import id.kalbarprov.loket.core.letters.LetterTemplate;
import id.kalbarprov.loket.core.letters.OutgoingLetterService;
import id.kalbarprov.loket.core.letters.Placeholders;
import id.kalbarprov.loket.documents.LetterPdf;
import id.kalbarprov.loket.ui.common.TaskRunner;
import id.kalbarprov.loket.ui.letters.TemplatesViewModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * Pengaturan → Template Surat: the Hal line and the body of a template, with known, unknown and
 * malformed placeholders, through {@link TemplatesViewModel#save}. Switching templates sets the
 * selection directly (the preview is drawn once, at the start, not a thousand times).
 */
final class TemplatesForm extends VmForm {

    private static final List<String> UNKNOWN = List.of("{nama}", "{}", "{tanggal}", "{NOMOR_SURAT_PD}",
            "{perihal_}", "{📨}", "{nomor-surat}", "{'; DROP TABLE letter_template; --}");
    /** Braces that are no placeholder at all: printed as typed. */
    private static final List<String> NOT_PLACEHOLDERS = List.of("{ perihal }", "{perihal", "perihal}", "{{", "}}",
            "{nama pd}", "{\n}");

    private final OutgoingLetterService store;
    private final TemplatesViewModel vm;
    private LetterTemplate template;
    private String typedSubject;
    private String typedBody;

    TemplatesForm(Loket loket) {
        super(loket.database());
        store = loket.outgoing();
        vm = new TemplatesViewModel(store, new LetterPdf(), loket::actor, TaskRunner.direct(), dialogs, i18n);
        vm.load();
        assertThat(vm.templates()).as("templates seeded").isNotEmpty();
        assertThat(vm.preview().get()).as("the preview of the first template").isNotNull();
    }

    @Override
    public String name() {
        return "templates";
    }

    /** A {name} without spaces is a placeholder, and must be one its kind knows ({@link Placeholders#known}). */
    private static final java.util.regex.Pattern PLACEHOLDER = java.util.regex.Pattern.compile("\\{([^{}\\s]*)}");

    /** Text with placeholders; bad when it is missing, too long or names a placeholder that is not known. */
    private static String text(Random r, int max, Set<String> bad, String field, List<String> known) {
        String base = Values.optionalText(r, max).value();
        List<String> parts = new ArrayList<>();
        parts.add(base == null ? "" : base);
        for (int i = r.nextInt(4); i > 0; i--) {
            switch (r.nextInt(6)) {
                case 0 -> parts.add(pick(r, UNKNOWN));
                case 1 -> parts.add(pick(r, NOT_PLACEHOLDERS));
                case 2 -> parts.add("{" + pick(r, Placeholders.KNOWN) + "}"); // wrong for a complaint reply
                default -> parts.add("{" + pick(r, known) + "}");
            }
        }
        String s = String.join(" ", parts);
        boolean unknown = PLACEHOLDER.matcher(s).results().anyMatch(m -> !known.contains(m.group(1)));
        if (s.isBlank() || s.strip().length() > max || unknown) {
            bad.add(field);
        }
        return s;
    }

    @Override
    public Filled fill(Random r) {
        Set<String> bad = new TreeSet<>();
        template = vm.templates().get(r.nextInt(vm.templates().size()));
        vm.selected().set(template);
        List<String> known = Placeholders.known(template.kind());
        typedSubject = text(r, 300, bad, "subject", known);
        typedBody = text(r, 8000, bad, "body", known);
        vm.subject().set(typedSubject);
        vm.body().set(typedBody);
        return new Filled(bad, template.service() + "/" + template.kind() + ": " + shorten(typedSubject) + " / "
                + shorten(typedBody));
    }

    @Override
    public void submit() {
        vm.save();
    }

    @Override
    public Map<String, String> fieldMessages() {
        return vm.errors();
    }

    @Override
    public Set<String> shownFields() {
        return Set.of("subject", "body");
    }

    @Override
    public Map<String, Object> state() {
        Map<String, Object> m = read("SELECT count(*) FROM letter_template");
        m.put("templates", db.jdbi().withHandle(h -> h.createQuery(
                "SELECT group_concat(version || length(subject) || length(body), ';') FROM letter_template")
                .mapTo(String.class).one()));
        return m;
    }

    @Override
    public void checkSaved(Filled filled) {
        LetterTemplate saved = store.templates().stream()
                .filter(t -> t.service() == template.service() && t.kind() == template.kind()).findFirst().orElseThrow();
        assertThat(saved.subject()).isEqualTo(typedSubject.strip());
        assertThat(saved.body()).isEqualTo(typedBody.strip());
        assertThat(saved.version()).isEqualTo(template.version() + 1);
        assertThat(vm.selected().get()).isEqualTo(saved);
        assertThat(vm.status().get()).isNotBlank();
    }
}
