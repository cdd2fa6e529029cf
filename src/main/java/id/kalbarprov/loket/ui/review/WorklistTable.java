package id.kalbarprov.loket.ui.review;

import id.kalbarprov.loket.core.calendar.DueStatus;
import id.kalbarprov.loket.core.catalog.ServiceKind;
import id.kalbarprov.loket.core.register.WorkItem;
import id.kalbarprov.loket.core.request.RequestState;
import id.kalbarprov.loket.core.text.IndonesianDates;
import id.kalbarprov.loket.ui.common.Columns;
import id.kalbarprov.loket.ui.common.I18n;
import javafx.collections.ObservableList;
import javafx.scene.control.TableView;

/** A worklist table: agenda, agency, service, state, and the due date with its status in words and colour. */
public final class WorklistTable {

    /** Room the list needs to show its three columns whole (six-digit agenda numbers included). */
    public static final double MIN_WIDTH = 420;

    private WorklistTable() {
    }

    public static TableView<WorkItem> create(I18n i18n, ObservableList<WorkItem> items, String id) {
        TableView<WorkItem> table = new TableView<>(items);
        table.setId(id);
        table.getStyleClass().addAll("dense", "small-table");
        table.setAccessibleText(i18n.t("workflow.list"));
        table.setPlaceholder(new javafx.scene.control.Label(i18n.t("workflow.empty")));
        // Two lines per column: the list keeps every column in view beside the detail at 1024 px (issue 13).
        table.getColumns().add(Columns.fit(Columns.twoLines(i18n.t("workflow.col.agenda"),
                Columns.Line.whole(w -> w.row().agendaNumber()), Columns.Line.whole(w -> w.row().agency())),
                Columns.AGENDA_SAMPLE));
        table.getColumns().add(Columns.fit(Columns.twoLines(i18n.t("workflow.col.service"),
                Columns.Line.whole(w -> i18n.of("workflow.kind", w.row().serviceKind())),
                Columns.Line.whole(w -> i18n.of("state", w.row().state()))),
                Columns.longest(java.util.stream.Stream.concat(
                        java.util.Arrays.stream(ServiceKind.values()).map(k -> i18n.of("workflow.kind", k)),
                        java.util.Arrays.stream(RequestState.values()).map(s -> i18n.of("state", s))))));
        table.getColumns().add(Columns.fit(Columns.twoLines(i18n.t("workflow.col.due"),
                Columns.Line.<WorkItem>whole(w -> firstDueLine(i18n, w)).styled(WorklistTable::style),
                Columns.Line.<WorkItem>whole(w -> secondDueLine(i18n, w)).styled(WorklistTable::style)),
                Columns.longest(java.util.stream.Stream.concat(
                        java.util.Arrays.stream(DueStatus.values()).map(s -> i18n.of("due.short", s) + " ⚠"),
                        java.util.stream.Stream.of(i18n.t("workflow.pausedShort"), i18n.t("workflow.notStartedShort"),
                                i18n.t("workflow.pausedSince", Columns.DATE_SAMPLE))))));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Columns.wholeHeaders(table);
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

    private static boolean paused(WorkItem w) {
        return w.row().state() == RequestState.DIKEMBALIKAN && w.pausedOn() != null;
    }

    /** The due date, or that the clock is stopped / has not started. */
    private static String firstDueLine(I18n i18n, WorkItem w) {
        if (w.due() != null) {
            return IndonesianDates.shortDate(w.due());
        }
        return paused(w) ? i18n.t("workflow.pausedShort") : i18n.t("workflow.notStartedShort");
    }

    /** Where the request stands against its due date, or since when the clock is stopped. */
    private static String secondDueLine(I18n i18n, WorkItem w) {
        if (w.due() != null) {
            return i18n.of("due.short", w.dueStatus()) + (w.holidaysUnknown() ? " ⚠" : "");
        }
        return paused(w) ? i18n.t("workflow.pausedSince", IndonesianDates.shortDate(w.pausedOn())) : "";
    }

    private static String style(WorkItem w) {
        return w.dueStatus() == null ? "text-muted" : dueClass(w.dueStatus());
    }

    public static String dueClass(DueStatus s) {
        return switch (s) {
            case ON_TRACK -> "due-on-track";
            case DUE_TODAY -> "due-today";
            case OVERDUE -> "due-overdue";
        };
    }
}
