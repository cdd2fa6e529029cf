package id.kalbarprov.loket.ui.standards;

import id.kalbarprov.loket.core.catalog.ComplaintCategory;
import id.kalbarprov.loket.core.catalog.ComplaintChannel;
import id.kalbarprov.loket.core.catalog.ServiceStandard;
import id.kalbarprov.loket.ui.common.I18n;
import id.kalbarprov.loket.ui.common.Screen;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/** Standar Pelayanan: each service's standard as published. */
public final class StandardsView implements Screen {

    private final I18n i18n;
    private final StandardsViewModel vm;
    private final BorderPane root = new BorderPane();
    private final VBox detail = new VBox(10);

    public StandardsView(I18n i18n, StandardsViewModel vm) {
        this.i18n = i18n;
        this.vm = vm;
        Label title = new Label(i18n.t("standards.title"));
        title.getStyleClass().add("title-2");
        Label subtitle = new Label(i18n.t("standards.subtitle"));
        subtitle.getStyleClass().add("text-muted");
        subtitle.setId("standards-subtitle");
        VBox header = new VBox(2, title, subtitle);
        header.setPadding(new Insets(0, 0, 12, 0));
        root.setTop(header);

        ListView<ServiceStandard> list = new ListView<>(vm.services());
        list.setId("standards-list");
        list.setAccessibleText(i18n.t("standards.list"));
        list.setPrefWidth(260);
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(ServiceStandard s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : s.name());
            }
        });
        vm.selected().addListener((o, a, s) -> {
            if (s != null && list.getSelectionModel().getSelectedItem() != s) {
                list.getSelectionModel().select(s);
            }
            render(s);
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, s) -> {
            if (s != null) {
                vm.selected().set(s);
            }
        });
        root.setLeft(list);
        BorderPane.setMargin(list, new Insets(0, 16, 0, 0));
        detail.setId("standard-detail");
        detail.setFillWidth(true);
        root.setCenter(detail);
        // A standard taller than the window starts at the top (centred, it would slide up over the subtitle).
        BorderPane.setAlignment(detail, javafx.geometry.Pos.TOP_LEFT);
        root.getStyleClass().add("screen");
    }

    private void render(ServiceStandard s) {
        detail.getChildren().clear();
        if (s == null) {
            return;
        }
        Label name = new Label(s.name());
        name.setId("standard-name");
        name.getStyleClass().add("title-3");
        detail.getChildren().addAll(name, muted(s.legalBasis()));
        section("standards.requirements");
        int i = 1;
        for (ServiceStandard.Requirement r : s.requirements()) {
            detail.getChildren().add(item(i++ + ". " + r.text()));
        }
        section("standards.procedure");
        char step = 'a';
        for (String p : s.procedure()) {
            detail.getChildren().add(item(step++ + ". " + p));
        }
        section("standards.time");
        Label time = item(i18n.t("standards.workingDays", s.workingDays()));
        time.setId("standard-time");
        detail.getChildren().add(time);
        section("standards.cost");
        detail.getChildren().add(item(s.cost()));
        section("standards.product");
        detail.getChildren().add(item(s.product()));
        section("standards.channels");
        i = 1;
        for (ComplaintChannel c : vm.channels()) {
            detail.getChildren().add(item(i++ + ". " + c.name() + " — " + c.detail()));
        }
        section("standards.deadlines");
        for (ComplaintCategory c : vm.categories()) {
            detail.getChildren().add(item(i18n.t("standards.deadline", c.name(), c.workingDays())));
        }
    }

    private void section(String key) {
        Label l = new Label(i18n.t(key));
        l.getStyleClass().add("section-title");
        l.setPadding(new Insets(8, 0, 0, 0));
        detail.getChildren().add(l);
    }

    /** A line of the standard, wrapped and never shortened: the published text is shown in full. */
    private static Label item(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMaxWidth(Double.MAX_VALUE);
        l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    private static Label muted(String text) {
        Label l = item(text);
        l.getStyleClass().add("text-muted");
        return l;
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public void onShow() {
        vm.load();
    }
}
