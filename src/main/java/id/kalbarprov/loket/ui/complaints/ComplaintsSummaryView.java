package id.kalbarprov.loket.ui.complaints;

import id.kalbarprov.loket.core.complaints.ComplaintCounts;
import id.kalbarprov.loket.ui.common.I18n;
import id.kalbarprov.loket.ui.common.Screen;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The complaints section of Beranda: open complaints, due today, overdue (words with the colour);
 * each count opens Pengaduan.
 */
public final class ComplaintsSummaryView implements Screen {

    private final I18n i18n;
    private final ComplaintsSummaryViewModel vm;
    private final Runnable openComplaints;
    private final HBox row = new HBox(12);
    private final VBox root;

    public ComplaintsSummaryView(I18n i18n, ComplaintsSummaryViewModel vm, Runnable openComplaints) {
        this.i18n = i18n;
        this.vm = vm;
        this.openComplaints = openComplaints;
        Label title = new Label(i18n.t("complaints.summary.title"));
        title.getStyleClass().add("section-title");
        row.setId("dashboard-complaints");
        root = new VBox(8, title, row);
        vm.counts().addListener((o, a, c) -> render(c));
    }

    private void render(ComplaintCounts c) {
        row.getChildren().setAll(
                count("dashboard-complaints-open", c.open(), "complaints.summary.open", null),
                count("dashboard-complaints-today", c.dueToday(), "complaints.summary.today", "count-today"),
                count("dashboard-complaints-overdue", c.overdue(), "complaints.summary.overdue", "count-overdue"));
    }

    private Button count(String id, int n, String wordsKey, String tone) {
        Label number = new Label(String.valueOf(n));
        number.getStyleClass().add("count-number");
        number.setId(id + "-value");
        Label words = new Label(i18n.t(wordsKey));
        words.getStyleClass().add("count-words");
        VBox box = new VBox(2, number, words);
        box.setAlignment(Pos.CENTER_LEFT);
        Button b = new Button(null, box);
        b.setId(id);
        b.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        b.getStyleClass().add("count-button");
        if (tone != null && n > 0) {
            b.getStyleClass().add(tone);
        }
        b.setAccessibleText(words.getText() + ": " + n);
        b.setOnAction(e -> openComplaints.run());
        return b;
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
