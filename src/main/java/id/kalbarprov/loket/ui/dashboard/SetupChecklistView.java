package id.kalbarprov.loket.ui.dashboard;

import id.kalbarprov.loket.core.auth.Role;
import id.kalbarprov.loket.core.office.SetupChecklist;
import id.kalbarprov.loket.ui.common.I18n;
import id.kalbarprov.loket.ui.common.Screen;
import java.util.stream.Collectors;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * "Persiapan kantor": the steps an Admin still has to take, each in words with a button to the
 * Pengaturan tab where it is done. Shown at the top of the Admin's Beranda until every step is done.
 */
public final class SetupChecklistView implements Screen {

    private final I18n i18n;
    private final SetupChecklistViewModel vm;
    private final VBox root = new VBox(6);

    public SetupChecklistView(I18n i18n, SetupChecklistViewModel vm) {
        this.i18n = i18n;
        this.vm = vm;
        root.setId("setup-checklist");
        root.getStyleClass().add("setup-checklist");
        root.setVisible(false);
        root.setManaged(false);
        vm.checklist().addListener((o, a, c) -> render(c));
    }

    private void render(SetupChecklist c) {
        root.getChildren().clear();
        root.setVisible(c != null);
        root.setManaged(c != null);
        if (c == null) {
            return;
        }
        Label title = new Label(i18n.t("setup.title", c.done(), c.items().size()));
        title.setId("setup-title");
        title.getStyleClass().addAll("title-4", "section-title");
        Label note = new Label(i18n.t("setup.note"));
        note.getStyleClass().add("text-muted");
        note.setWrapText(true);
        root.getChildren().addAll(title, note);
        for (SetupChecklist.Item item : c.items()) {
            root.getChildren().add(line(item));
        }
    }

    private Node line(SetupChecklist.Item item) {
        String id = "setup-" + item.step().name().toLowerCase(java.util.Locale.ROOT);
        Label mark = new Label(item.done() ? "✓" : "✗");
        mark.getStyleClass().add(item.done() ? "setup-done" : "setup-todo");
        Label words = new Label(words(item));
        words.setId(id);
        words.setWrapText(true);
        words.setMaxWidth(Double.MAX_VALUE);
        words.setMinWidth(0);
        words.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // wraps, never "…"
        HBox.setHgrow(words, Priority.ALWAYS);
        HBox line = new HBox(8, mark, words);
        line.setAlignment(Pos.CENTER_LEFT);
        if (!item.done()) {
            Button open = new Button(i18n.t("setup.open"));
            open.setId(id + "-open");
            open.setMinWidth(Button.USE_PREF_SIZE);
            open.setAccessibleText(words.getText());
            open.setOnAction(e -> vm.open(item.step()));
            line.getChildren().add(open);
        }
        return line;
    }

    private String words(SetupChecklist.Item item) {
        String key = "setup." + item.step().name();
        if (item.done()) {
            return i18n.t(key + ".done");
        }
        return switch (item.step()) {
            case HOLIDAYS -> i18n.t(key + ".todo", item.missingYears().stream().map(String::valueOf)
                    .collect(Collectors.joining(i18n.t("setup.and"))));
            case BACKUP -> i18n.t(key + "." + item.backup().name());
            case ROLES -> i18n.t(key + ".todo", item.missingRoles().stream().map(this::role)
                    .collect(Collectors.joining(", ")));
            default -> i18n.t(key + ".todo");
        };
    }

    private String role(Role r) {
        return i18n.of("role", r);
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public void onShow() {
        vm.load();
    }

    @Override
    public void onDataChanged() {
        vm.load();
    }
}
