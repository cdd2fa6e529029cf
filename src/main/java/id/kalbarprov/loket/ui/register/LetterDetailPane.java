package id.kalbarprov.loket.ui.register;

import id.kalbarprov.loket.core.auth.Person;
import id.kalbarprov.loket.core.register.LetterDetail;
import id.kalbarprov.loket.core.register.LetterRow;
import id.kalbarprov.loket.core.text.IndonesianDates;
import id.kalbarprov.loket.ui.common.I18n;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Everything about one letter, read-only: its fields, its requirement checklist and its history.
 * Reusable: Surat Masuk shows it, and so can any screen that works on a request ({@link #show}).
 */
public final class LetterDetailPane {

    private final I18n i18n;
    private final VBox root = new VBox(10);

    public LetterDetailPane(I18n i18n) {
        this.i18n = i18n;
        root.setId("letter-detail");
        root.setPadding(new Insets(12, 16, 16, 16));
        root.setFillWidth(true);
    }

    public Node view() {
        return root;
    }

    /** Shows {@code d}, replacing what was shown. */
    public void show(LetterDetail d) {
        root.getChildren().clear();
        LetterRow r = d.row();
        Label title = new Label(i18n.t("detail.title", r.agendaNumber()));
        title.setId("detail-agenda");
        title.getStyleClass().add("title-3");
        Label state = new Label(i18n.of("state", r.state()));
        state.setId("detail-state");
        state.getStyleClass().add("state-badge");
        Label due = new Label(dueText(d));
        due.setId("detail-due");
        if (d.dueStatus() != null) {
            due.getStyleClass().add(RegisterView.dueClass(d.dueStatus()));
        }
        for (Label l : new Label[] {title, state, due}) {
            l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        // Wraps in a narrow window: the agenda number, the state and the due date are never cut.
        javafx.scene.layout.FlowPane head = new javafx.scene.layout.FlowPane(12, 4, title, state, due);
        head.setAlignment(javafx.geometry.Pos.BASELINE_LEFT);
        root.getChildren().add(head);

        GridPane grid = grid("detail-fields");
        int row = 0;
        row = pair(grid, row, "detail.receivedAt", IndonesianDates.shortDateTime(r.receivedAt()), "detail-received");
        row = pair(grid, row, "detail.agency", d.agencyName(), "detail-agencyName");
        row = pair(grid, row, "detail.letterNumber", r.letterNumber(), "detail-letterNumber");
        row = pair(grid, row, "detail.letterDate", IndonesianDates.longDate(r.letterDate()), "detail-letterDate");
        row = pair(grid, row, "detail.subject", r.subject(), "detail-subject");
        row = pair(grid, row, "detail.service", i18n.t("detail.serviceDays", r.service(), r.workingDays()),
                "detail-service");
        row = pair(grid, row, "detail.signer", i18n.of("signer", d.signerRole()) + " — " + d.signerName(),
                "detail-signer");
        row = pair(grid, row, "detail.contact", orDash(d.contactName()), "detail-contact");
        row = pair(grid, row, "detail.phone", orDash(d.contactPhone()), "detail-phone");
        row = pair(grid, row, "detail.notes", orDash(d.notes()), "detail-notes");
        row = pair(grid, row, "detail.clockStart", r.clockStart() == null ? i18n.t("detail.clockNotStarted")
                : IndonesianDates.longDate(r.clockStart()), "detail-clockStart");
        if (d.pausedOn() != null) {
            row = pair(grid, row, "detail.pausedOn", IndonesianDates.longDate(d.pausedOn()), "detail-pausedOn");
        }
        if (d.reviewer() != null) {
            row = pair(grid, row, "detail.reviewer", d.reviewer(), "detail-reviewer");
        }
        if (d.processor() != null) {
            row = pair(grid, row, "detail.processor", d.processor(), "detail-processor");
        }
        if (d.decisionReason() != null) {
            row = pair(grid, row, "detail.reason", d.decisionReason(), "detail-reason");
        }
        if (d.missingItems() != null) {
            row = pair(grid, row, "detail.missing", d.missingItems(), "detail-missing");
        }
        pair(grid, row, "detail.createdBy", i18n.t("detail.createdByAt", Person.nameOf(d.createdBy()),
                IndonesianDates.shortDateTime(d.createdAt())), "detail-createdBy");
        root.getChildren().add(grid);

        root.getChildren().add(section("detail.checklist"));
        VBox checklist = new VBox(4);
        checklist.setId("detail-checklist");
        int i = 1;
        for (LetterDetail.ChecklistItem c : d.checklist()) {
            Label mark = new Label((c.fulfilled() ? "✔ " : "✘ ") + i18n.t(c.fulfilled() ? "detail.fulfilled" : "detail.notFulfilled"));
            mark.getStyleClass().add(c.fulfilled() ? "due-on-track" : "due-overdue");
            mark.setMinWidth(150);
            Label text = new Label(i + ". " + c.text());
            text.setWrapText(true);
            HBox line = new HBox(8, mark, text);
            HBox.setHgrow(text, Priority.ALWAYS);
            checklist.getChildren().add(line);
            i++;
        }
        Label summary = new Label(i18n.t(d.complete() ? "detail.complete" : "detail.incomplete"));
        summary.setId("detail-complete");
        summary.getStyleClass().add(d.complete() ? "text-muted" : "warning");
        checklist.getChildren().add(summary);
        root.getChildren().add(checklist);

        root.getChildren().add(section("detail.history"));
        GridPane history = grid("detail-history");
        history.getColumnConstraints().setAll(fixed(), fixed(), fixed(), new ColumnConstraints());
        history.getColumnConstraints().get(3).setHgrow(Priority.ALWAYS);
        String[] heads = {"detail.history.at", "detail.history.actor", "detail.history.change", "detail.history.note"};
        for (int c = 0; c < heads.length; c++) {
            Label h = new Label(i18n.t(heads[c]));
            h.getStyleClass().add("section-title");
            history.add(h, c, 0);
        }
        int hr = 1;
        // The workflow's steps and the corrections (decision 0021), oldest first.
        java.util.List<Object[]> lines = new java.util.ArrayList<>();
        for (LetterDetail.HistoryEntry h : d.history()) {
            String change = h.from() == null ? i18n.of("state", h.to())
                    : i18n.of("state", h.from()) + " → " + i18n.of("state", h.to());
            lines.add(new Object[] {h.at(), h.actor(), change, orDash(h.note()), null});
        }
        int n = 0;
        for (id.kalbarprov.loket.core.intake.Correction c : d.corrections()) {
            lines.add(new Object[] {c.at(), c.actor(), i18n.t("correction.historyChange"),
                    id.kalbarprov.loket.ui.common.CorrectionWords.sentence(i18n, c), "detail-correction-" + n++});
        }
        lines.sort(java.util.Comparator.comparing(l -> (java.time.LocalDateTime) l[0]));
        for (Object[] l : lines) {
            history.add(new Label(IndonesianDates.shortDateTime((java.time.LocalDateTime) l[0])), 0, hr);
            history.add(new Label(Person.nameOf((String) l[1])), 1, hr);
            history.add(new Label((String) l[2]), 2, hr);
            Label note = new Label((String) l[3]);
            note.setWrapText(true);
            note.setMinWidth(0);
            note.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            if (l[4] != null) {
                note.setId((String) l[4]);
            }
            history.add(note, 3, hr);
            hr++;
        }
        root.getChildren().add(history);

        if (!d.complaints().isEmpty()) {
            root.getChildren().add(section("detail.complaints"));
            VBox list = new VBox(4);
            list.setId("detail-complaints");
            for (LetterDetail.RelatedComplaint c : d.complaints()) {
                Label line = new Label(i18n.t("detail.complaint", c.number(),
                        IndonesianDates.shortDateTime(c.receivedAt()), i18n.of("complaintState", c.state()), c.text()));
                line.setWrapText(true);
                list.getChildren().add(line);
            }
            root.getChildren().add(list);
        }
    }

    private String dueText(LetterDetail d) {
        if (d.due() == null) {
            return d.row().clockStart() == null && d.row().state().open() ? i18n.t("detail.noClock") : "";
        }
        return i18n.t("detail.due", IndonesianDates.longDate(d.due()),
                d.dueStatus() == null ? "" : i18n.of("due", d.dueStatus()));
    }

    /** A history column as wide as its widest text: a long wrapped note never squeezes time, actor or state. */
    private static ColumnConstraints fixed() {
        ColumnConstraints c = new ColumnConstraints();
        c.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return c;
    }

    private static GridPane grid(String id) {
        GridPane g = new GridPane();
        g.setId(id);
        g.setHgap(16);
        g.setVgap(4);
        ColumnConstraints keys = new ColumnConstraints();
        keys.setMinWidth(170);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        g.getColumnConstraints().addAll(keys, values);
        return g;
    }

    private int pair(GridPane g, int row, String key, String value, String id) {
        Label k = new Label(i18n.t(key));
        k.getStyleClass().add("text-muted");
        Label v = new Label(value == null ? "—" : value);
        v.setId(id);
        v.setWrapText(true);
        v.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        k.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        k.setLabelFor(v);
        g.add(k, 0, row);
        g.add(v, 1, row);
        return row + 1;
    }

    private Label section(String key) {
        Label l = new Label(i18n.t(key));
        l.getStyleClass().add("section-title");
        l.setPadding(new Insets(6, 0, 0, 0));
        return l;
    }

    private static String orDash(String s) {
        return s == null || s.isBlank() ? "—" : s;
    }
}
