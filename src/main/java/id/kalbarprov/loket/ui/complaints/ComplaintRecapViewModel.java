package id.kalbarprov.loket.ui.complaints;

import id.kalbarprov.loket.core.complaints.ComplaintRecap;
import id.kalbarprov.loket.core.text.IndonesianDates;
import id.kalbarprov.loket.documents.ComplaintRecapExport;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/** The monthly recap and its CSV/XLSX export; contact details only when asked for. */
public final class ComplaintRecapViewModel {

    private final ComplaintsContext ctx;
    private final ObjectProperty<YearMonth> month = new SimpleObjectProperty<>();
    private final ObjectProperty<ComplaintRecap> recap = new SimpleObjectProperty<>();
    private final BooleanProperty includeContacts = new SimpleBooleanProperty();

    public ComplaintRecapViewModel(ComplaintsContext ctx) {
        this.ctx = ctx;
        month.set(YearMonth.from(ctx.today()));
    }

    /** The months to choose from: this one and the 23 before it, newest first. */
    public List<YearMonth> months() {
        List<YearMonth> out = new ArrayList<>();
        YearMonth m = YearMonth.from(ctx.today());
        for (int i = 0; i < 24; i++) {
            out.add(m.minusMonths(i));
        }
        return out;
    }

    public static String monthLabel(YearMonth m) {
        return IndonesianDates.monthName(m.getMonthValue()) + " " + m.getYear();
    }

    public void show() {
        YearMonth m = month.get();
        ctx.runner().run(() -> ComplaintRecap.of(m, ctx.store().receivedIn(m), ctx.reference().complaintChannels(),
                ctx.reference().complaintCategories(), ctx.calendar().get()), recap::set, ctx.dialogs()::unexpected);
    }

    public String shareText() {
        ComplaintRecap r = recap.get();
        return ctx.i18n().t("complaints.recap.shareLine", ComplaintRecapExport.percent(r.onTimeShare()),
                r.settledOnTime(), r.settled());
    }

    /** A file name to suggest: "rekap-pengaduan-2026-11". */
    public String suggestedName(String extension) {
        return ctx.i18n().t("complaints.recap.fileName", month.get().toString()) + "." + extension;
    }

    public void exportCsv(Path file) {
        export(file, true);
    }

    public void exportXlsx(Path file) {
        export(file, false);
    }

    private void export(Path file, boolean csv) {
        YearMonth m = month.get();
        boolean contacts = includeContacts.get();
        ComplaintRecapExport out = new ComplaintRecapExport(ctx.i18n()::t);
        ctx.runner().run(() -> {
            ComplaintRecap r = ComplaintRecap.of(m, ctx.store().receivedIn(m), ctx.reference().complaintChannels(),
                    ctx.reference().complaintCategories(), ctx.calendar().get());
            if (csv) {
                out.writeCsv(r, contacts, file);
            } else {
                out.writeXlsx(r, contacts, file);
            }
            return r;
        }, r -> {
            recap.set(r);
            ctx.dialogs().info(ctx.i18n().t("complaints.recap.exportedTitle"),
                    ctx.i18n().t("complaints.recap.exported", file.toString()));
        }, e -> {
            if (e instanceof java.io.UncheckedIOException) { // folder gone, disk full, the file open in Excel
                ctx.dialogs().error(ctx.i18n().t("complaints.recap.failedTitle"),
                        ctx.i18n().t("complaints.recap.failed", file.toString()));
            } else {
                ctx.dialogs().unexpected(e);
            }
        });
    }

    public ObjectProperty<YearMonth> month() {
        return month;
    }

    public ObjectProperty<ComplaintRecap> recap() {
        return recap;
    }

    public BooleanProperty includeContacts() {
        return includeContacts;
    }
}
