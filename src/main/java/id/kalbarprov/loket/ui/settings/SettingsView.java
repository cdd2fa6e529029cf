package id.kalbarprov.loket.ui.settings;

import id.kalbarprov.loket.ui.common.I18n;
import id.kalbarprov.loket.ui.common.Screen;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * Pengaturan: one tab per area (office, holidays, letters, operators, backups...). The areas are
 * chosen from a row of buttons that wraps onto a second line in a narrow window, instead of tab
 * headers that would hide the last areas behind an overflow menu (issue 13).
 */
public final class SettingsView implements Screen, id.kalbarprov.loket.ui.common.TabTarget {

    private final VBox root;
    private final TabPane tabs = new TabPane();
    private final List<SettingsTab> items;

    public SettingsView(I18n i18n, List<SettingsTab> items) {
        this.items = List.copyOf(items);
        Label title = new Label(i18n.t("settings.title"));
        title.getStyleClass().add("title-2");
        tabs.setId("settings-tabs");
        tabs.getStyleClass().add("headless-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setTabMinHeight(0);
        tabs.setTabMaxHeight(0);
        FlowPane areas = new FlowPane(6, 6);
        areas.setId("settings-areas");
        ToggleGroup group = new ToggleGroup();
        for (SettingsTab item : this.items) {
            Tab tab = new Tab(i18n.t(item.titleKey()), item.screen().view());
            tab.setId(item.id());
            tabs.getTabs().add(tab);
            ToggleButton b = new ToggleButton(i18n.t(item.titleKey()));
            b.setId(item.id() + "-button");
            b.setToggleGroup(group);
            b.setOnAction(e -> {
                b.setSelected(true);
                tabs.getSelectionModel().select(tab);
            });
            areas.getChildren().add(b);
        }
        tabs.getSelectionModel().selectedIndexProperty().addListener((o, a, i) -> {
            if (i.intValue() >= 0) {
                ((ToggleButton) areas.getChildren().get(i.intValue())).setSelected(true);
            }
        });
        if (!areas.getChildren().isEmpty()) {
            ((ToggleButton) areas.getChildren().get(0)).setSelected(true);
        }
        tabs.getSelectionModel().selectedIndexProperty().addListener((o, a, i) -> {
            if (i.intValue() >= 0) {
                this.items.get(i.intValue()).screen().onShow();
            }
        });
        if (this.items.isEmpty()) {
            Label none = new Label(i18n.t("common.notBuilt"));
            none.setId("not-built-notice");
            root = new VBox(12, title, none);
        } else {
            root = new VBox(12, title, areas, tabs);
        }
        root.getStyleClass().add("screen");
    }

    @Override
    public boolean select(String tabId) {
        for (Tab t : tabs.getTabs()) {
            if (tabId.equals(t.getId())) {
                tabs.getSelectionModel().select(t);
                return true;
            }
        }
        return false;
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public void onShow() {
        int i = tabs.getSelectionModel().getSelectedIndex();
        if (i >= 0) {
            items.get(i).screen().onShow();
        }
    }
}
