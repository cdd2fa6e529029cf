package id.kalbarprov.loket.ui.review;

import id.kalbarprov.loket.core.auth.Person;
import id.kalbarprov.loket.core.register.RequestDetail;
import id.kalbarprov.loket.core.register.WorkItem;
import id.kalbarprov.loket.core.text.IndonesianDates;
import id.kalbarprov.loket.ui.common.I18n;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * A minimal read-only view of one request: the letter, its clock, its checklist and history.
 * (ui/register/LetterDetailPane is built in parallel; the two are to be merged.)
 */
public final class RequestDetailPane {

    private final I18n i18n;
    private final VBox root = new VBox(6);

    public RequestDetailPane(I18n i18n, String id) {
        this.i18n = i18n;
        root.setId(id);
        root.setFillWidth(true);
    }

    public VBox root() {
        return root;
    }

    public void show(RequestDetail d) {
        root.getChildren().clear();
        if (d == null) {
            Label none = wrap(i18n.t("workflow.selectOne"));
            none.getStyleClass().add("text-muted");
            root.getChildren().add(none);
            return;
        }
        WorkItem w = d.item();
        Label title = wrap(w.row().agendaNumber() + " — " + w.row().subject());
        title.setId(root.getId() + "-title");
        title.getStyleClass().add("title-4");
        root.getChildren().add(title);

        GridPane grid = new GridPane();
        grid.getStyleClass().add("form-grid");
        ColumnConstraints c0 = new ColumnConstraints();
        c0.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        ColumnConstraints c1 = new ColumnConstraints();
        c1.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(c0, c1);
        int r = 0;
        r = row(grid, r, "workflow.detail.agency", d.agencyName());
        r = row(grid, r, "workflow.detail.letter", w.row().letterNumber() + ", "
                + IndonesianDates.longDate(w.row().letterDate()));
        r = row(grid, r, "workflow.detail.received", IndonesianDates.shortDateTime(w.row().receivedAt()));
        r = row(grid, r, "workflow.detail.service", w.row().service());
        r = row(grid, r, "workflow.detail.signer", d.signer());
        r = row(grid, r, "workflow.detail.contact", d.contact());
        r = row(grid, r, "workflow.detail.notes", d.notes());
        Label state = wrap(i18n.of("state", w.row().state()));
        state.setId(root.getId() + "-state");
        grid.addRow(r++, key("workflow.detail.state"), state);
        String dueText = w.due() == null ? WorklistTable.dueWords(i18n, w)
                : IndonesianDates.longDate(w.due()) + " — " + WorklistTable.dueWords(i18n, w);
        Label due = wrap(dueText);
        due.setId(root.getId() + "-due");
        if (w.dueStatus() != null) {
            due.getStyleClass().add(WorklistTable.dueClass(w.dueStatus()));
        }
        grid.addRow(r++, key("workflow.detail.due"), due);
        if (w.holidaysUnknown()) {
            Label warn = wrap(i18n.t("workflow.holidaysUnknown", String.valueOf(w.due().getYear())));
            warn.setId(root.getId() + "-holidays-unknown");
            warn.getStyleClass().add("warning");
            grid.add(warn, 1, r++);
        }
        r = row(grid, r, "workflow.detail.reviewer", d.reviewerName());
        r = row(grid, r, "workflow.detail.processor", d.processorName());
        r = row(grid, r, "workflow.detail.reason", d.decisionReason());
        r = row(grid, r, "workflow.detail.missing", d.missingItems());
        row(grid, r, "workflow.detail.processing", d.processingSummary());
        root.getChildren().add(grid);

        root.getChildren().add(section("workflow.detail.checklist"));
        for (RequestDetail.ChecklistItem c : d.checklist()) {
            Label l = wrap((c.fulfilled() ? "✔ " : "✘ ") + c.text() + " — "
                    + i18n.t(c.fulfilled() ? "workflow.detail.fulfilled" : "workflow.detail.notFulfilled"));
            l.getStyleClass().add(c.fulfilled() ? "due-on-track" : "due-overdue");
            root.getChildren().add(l);
        }
        root.getChildren().add(section("workflow.detail.history"));
        VBox history = new VBox(2);
        history.setId(root.getId() + "-history");
        // The workflow's steps and the letter's corrections (decision 0021), oldest first.
        java.util.List<java.util.Map.Entry<java.time.LocalDateTime, String>> lines = new java.util.ArrayList<>();
        for (RequestDetail.HistoryEntry h : d.history()) {
            String move = h.from() == null ? i18n.of("state", h.to())
                    : i18n.of("state", h.from()) + " → " + i18n.of("state", h.to());
            lines.add(java.util.Map.entry(h.at(), IndonesianDates.shortDateTime(h.at()) + " · " + Person.nameOf(h.actor())
                    + " · " + move + (h.note() == null ? "" : " · " + h.note())));
        }
        for (id.kalbarprov.loket.core.intake.Correction c : d.corrections()) {
            lines.add(java.util.Map.entry(c.at(), IndonesianDates.shortDateTime(c.at()) + " · "
                    + id.kalbarprov.loket.ui.common.CorrectionWords.sentence(i18n, c)));
        }
        lines.sort(java.util.Map.Entry.comparingByKey());
        lines.forEach(l -> history.getChildren().add(wrap(l.getValue())));
        root.getChildren().add(history);
        if (!d.complaints().isEmpty()) {
            root.getChildren().add(section("detail.complaints"));
            VBox complaints = new VBox(2);
            complaints.setId(root.getId() + "-complaints");
            for (var c : d.complaints()) {
                complaints.getChildren().add(wrap(i18n.t("detail.complaint", c.number(),
                        IndonesianDates.shortDateTime(c.receivedAt()), i18n.of("complaintState", c.state()), c.text())));
            }
            root.getChildren().add(complaints);
        }
    }

    private int row(GridPane grid, int r, String key, String value) {
        if (value == null || value.isBlank()) {
            return r;
        }
        grid.addRow(r, key(key), wrap(value));
        return r + 1;
    }

    private Label key(String key) {
        Label l = new Label(i18n.t(key));
        l.getStyleClass().add("text-muted");
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    private Label section(String key) {
        Label l = new Label(i18n.t(key));
        l.getStyleClass().add("section-title");
        l.setPadding(new Insets(8, 0, 0, 0));
        return l;
    }

    private static Label wrap(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }
}
