package id.kalbarprov.loket.ui.about;

import id.kalbarprov.loket.ui.common.I18n;
import id.kalbarprov.loket.ui.common.Screen;
import java.util.Objects;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Pengaturan → Tentang: the app's icon, version and build time, and where it runs; "Salin" copies it all. */
public final class AboutView implements Screen {

    private final VBox root;

    public AboutView(I18n i18n, AboutViewModel vm) {
        ImageView icon = new ImageView(new Image(Objects.requireNonNull(
                AboutView.class.getResource("/icons/loket-64.png")).toExternalForm()));
        Label name = new Label(i18n.t("about.heading"));
        name.getStyleClass().add("title-3");
        Label office = new Label(i18n.t("app.office"));
        office.getStyleClass().add("text-muted");
        HBox head = new HBox(14, icon, new VBox(4, name, office));

        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(6);
        int row = 0;
        for (AboutViewModel.Fact fact : vm.facts()) {
            Label label = new Label(vm.label(fact));
            label.getStyleClass().add("text-muted");
            Label value = new Label(fact.value());
            value.setId("about-" + fact.name());
            value.setWrapText(true);
            grid.addRow(row++, label, value);
        }

        Label copied = new Label();
        copied.setId("about-copied");
        copied.getStyleClass().add("text-muted");
        Button copy = new Button(i18n.t("about.copy"));
        copy.setId("about-copy");
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(vm.asText());
            Clipboard.getSystemClipboard().setContent(content);
            copied.setText(i18n.t("about.copied"));
        });
        Label where = new Label(i18n.t(vm.canChangeDatabase() ? "about.change.note" : "about.change.fixed"));
        where.setId("about-database-note");
        where.setWrapText(true);
        where.getStyleClass().add("text-muted");
        Button change = new Button(i18n.t("about.change"));
        change.setId("about-change-database");
        change.setVisible(vm.canChangeDatabase());
        change.managedProperty().bind(change.visibleProperty());
        change.setOnAction(e -> vm.changeDatabase());
        VBox database = new VBox(6, where, change);
        root = new VBox(16, head, grid, new HBox(10, copy, copied), database);
        root.setId("about-view");
        root.setPadding(new Insets(12, 0, 0, 0));
    }

    @Override
    public Node view() {
        return root;
    }
}
