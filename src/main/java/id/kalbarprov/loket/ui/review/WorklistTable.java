package id.kalbarprov.loket.ui.review;

import id.kalbarprov.loket.core.calendar.DueStatus;
import id.kalbarprov.loket.core.register.WorkItem;
import id.kalbarprov.loket.core.request.RequestState;
import id.kalbarprov.loket.core.text.IndonesianDates;
import id.kalbarprov.loket.ui.common.I18n;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** A worklist table: agenda, agency, service, state, and the due date with its status in words and colour. */
public final class WorklistTable {

    private WorklistTable() {
    }

    public static TableView<WorkItem> create(I18n i18n, ObservableList<WorkItem> items, String id) {
        TableView<WorkItem> table = new TableView<>(items);
        table.setId(id);
        table.getStyleClass().add("dense");
        table.setAccessibleText(i18n.t("workflow.list"));
        table.setPlaceholder(new javafx.scene.control.Label(i18n.t("workflow.empty")));
        table.getColumns().add(column(i18n.t("workflow.col.agenda"), 120, w -> w.row().agendaNumber()));
        table.getColumns().add(column(i18n.t("workflow.col.agency"), 70, w -> w.row().agency()));
        table.getColumns().add(column(i18n.t("workflow.col.service"), 95, w -> i18n.of("workflow.kind", w.row().serviceKind())));
        table.getColumns().add(column(i18n.t("workflow.col.state"), 82, w -> i18n.of("state", w.row().state())));
        TableColumn<WorkItem, WorkItem> status = new TableColumn<>(i18n.t("workflow.col.due"));
        status.setPrefWidth(230);
        status.setMinWidth(215);
        status.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        status.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(WorkItem w, boolean empty) {
                super.updateItem(w, empty);
                getStyleClass().removeAll("due-on-track", "due-today", "due-overdue", "text-muted");
                if (empty || w == null) {
                    setText(null);
                    setTooltip(null);
                    return;
                }
                setText(w.due() == null ? dueWords(i18n, w)
                        : IndonesianDates.shortDate(w.due()) + " · " + dueWords(i18n, w));
                setTooltip(new javafx.scene.control.Tooltip(getText()));
                getStyleClass().add(w.dueStatus() == null ? "text-muted" : dueClass(w.dueStatus()));
            }
        });
        table.getColumns().add(status);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return table;
    }

    /** "Terlambat", "Jatuh tempo hari ini", "Sesuai jadwal", or why the clock does not run. */
    public static String dueWords(I18n i18n, WorkItem w) {
        if (w.dueStatus() != null) {
            return i18n.of("due", w.dueStatus()) + (w.holidaysUnknown() ? " ⚠" : "");
        }
        if (w.row().state() == RequestState.DIKEMBALIKAN && w.pausedOn() != null) {
            return i18n.t("workflow.paused", IndonesianDates.shortDate(w.pausedOn()));
        }
        return i18n.t("workflow.notStarted");
    }

    public static String dueClass(DueStatus s) {
        return switch (s) {
            case ON_TRACK -> "due-on-track";
            case DUE_TODAY -> "due-today";
            case OVERDUE -> "due-overdue";
        };
    }

    private static TableColumn<WorkItem, String> column(String title, double width, Function<WorkItem, String> value) {
        TableColumn<WorkItem, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setMinWidth(width * 0.8);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        return c;
    }
}
