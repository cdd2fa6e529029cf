package id.kalbarprov.loket.ui.intake;

import id.kalbarprov.loket.core.attachments.ScanFolder;
import id.kalbarprov.loket.ui.common.I18n;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * The registration form's "Pindaian surat": "Lampirkan pindaian…", the files going with the letter
 * (each removable), and the scan folder's new files offered with "Lampirkan" (looked at every 3 s
 * while the form is in a window).
 */
final class ScanTrayView {

    private final I18n i18n;
    private final ScanTrayViewModel vm;
    private final VBox root = new VBox(4);
    private final VBox pendingBox = new VBox(2);
    private final VBox offeredBox = new VBox(2);

    ScanTrayView(I18n i18n, ScanTrayViewModel vm, Function<Window, List<Path>> choose) {
        this.i18n = i18n;
        this.vm = vm;
        root.setId("intake-scans");
        Label title = new Label(i18n.t("intake.scans.title"));
        title.getStyleClass().add("section-title");
        Button add = new Button(i18n.t("intake.scans.choose"));
        add.setId("intake-attach");
        add.setMinWidth(Region.USE_PREF_SIZE);
        add.setOnAction(e -> vm.add(choose.apply(root.getScene() == null ? null : root.getScene().getWindow())));
        HBox head = new HBox(12, title, add);
        head.setAlignment(Pos.CENTER_LEFT);
        pendingBox.setId("intake-scan-list");
        offeredBox.setId("intake-scan-offers");
        offeredBox.managedProperty().bind(offeredBox.visibleProperty());
        vm.pending().addListener((ListChangeListener<ScanTrayViewModel.Pending>) c -> rebuildPending());
        vm.offered().addListener((ListChangeListener<ScanFolder.Found>) c -> rebuildOffered());
        rebuildPending();
        rebuildOffered();
        root.getChildren().addAll(head, pendingBox, offeredBox);

        Timeline poll = new Timeline(new KeyFrame(Duration.seconds(3), e -> vm.poll()));
        poll.setCycleCount(Animation.INDEFINITE);
        root.sceneProperty().addListener((o, was, scene) -> {
            if (scene == null) {
                poll.stop();
            } else {
                vm.poll();
                poll.play();
            }
        });
    }

    private void rebuildPending() {
        pendingBox.getChildren().clear();
        if (vm.pending().isEmpty()) {
            Label none = new Label(i18n.t("intake.scans.none"));
            none.getStyleClass().add("text-muted");
            none.setWrapText(true);
            pendingBox.getChildren().add(none);
            return;
        }
        int i = 1;
        for (ScanTrayViewModel.Pending p : vm.pending()) {
            Label name = new Label(p.name() + " (" + i18n.t("attachments.size",
                    Math.max(1, Math.round(p.size() / 1024.0))) + ")");
            name.setId("intake-scan-" + i);
            name.setWrapText(true);
            name.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(name, Priority.ALWAYS);
            Button remove = new Button(i18n.t("intake.scans.remove"));
            remove.setId("intake-scan-remove-" + i);
            remove.setAccessibleText(i18n.t("intake.scans.removeOne", p.name()));
            remove.setMinWidth(Region.USE_PREF_SIZE);
            remove.setOnAction(e -> vm.remove(p));
            HBox line = new HBox(8, name, remove);
            line.setAlignment(Pos.CENTER_LEFT);
            pendingBox.getChildren().add(line);
            i++;
        }
    }

    private void rebuildOffered() {
        offeredBox.getChildren().clear();
        offeredBox.setVisible(!vm.offered().isEmpty());
        if (vm.offered().isEmpty()) {
            return;
        }
        Label head = new Label(i18n.t("intake.scans.offered"));
        head.getStyleClass().add("text-muted");
        offeredBox.getChildren().add(head);
        int i = 1;
        for (ScanFolder.Found f : vm.offered()) {
            Label name = new Label(f.name());
            name.setWrapText(true);
            name.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(name, Priority.ALWAYS);
            Button take = new Button(i18n.t("intake.scans.take"));
            take.setId("intake-scan-take-" + i);
            take.setAccessibleText(i18n.t("intake.scans.takeOne", f.name()));
            take.setMinWidth(Region.USE_PREF_SIZE);
            take.setOnAction(e -> vm.take(f));
            HBox line = new HBox(8, name, take);
            line.setAlignment(Pos.CENTER_LEFT);
            offeredBox.getChildren().add(line);
            i++;
        }
    }

    Node view() {
        return root;
    }
}
