package id.kalbarprov.loket.ui.reports;

import id.kalbarprov.loket.core.auth.Actor;
import id.kalbarprov.loket.core.letters.LetterSettings;
import id.kalbarprov.loket.core.letters.SignerMissingException;
import id.kalbarprov.loket.core.report.ReportPeriod;
import id.kalbarprov.loket.core.report.ReportService;
import id.kalbarprov.loket.core.report.ServiceReport;
import id.kalbarprov.loket.core.text.IndonesianDates;
import id.kalbarprov.loket.documents.ReportPdf;
import id.kalbarprov.loket.documents.ReportXlsx;
import id.kalbarprov.loket.ui.common.DialogService;
import id.kalbarprov.loket.ui.common.I18n;
import id.kalbarprov.loket.ui.common.Refusal;
import id.kalbarprov.loket.ui.common.TaskRunner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The Laporan screen: choose a month, quarter or year, see the report, export it as PDF/A (with the
 * letterhead and the signer) or XLSX. The report is made off the FX thread; a refusal names the missing
 * right; a missing signer or an unwritable file is said in plain words.
 */
public final class ReportViewModel {

    /** The years offered: this one and the five before it. */
    static final int YEARS = 6;

    private final ReportService reports;
    private final Supplier<LetterSettings> letterSettings;
    private final Supplier<Actor> actor;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final I18n i18n;
    private final Clock clock;
    private final ObjectProperty<ReportPeriod.Kind> kind = new SimpleObjectProperty<>(ReportPeriod.Kind.MONTH);
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> number = new SimpleObjectProperty<>();
    private final ObjectProperty<ServiceReport> report = new SimpleObjectProperty<>();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty status = new SimpleStringProperty("");

    public ReportViewModel(ReportService reports, Supplier<LetterSettings> letterSettings, Supplier<Actor> actor,
                           TaskRunner runner, DialogService dialogs, I18n i18n, Clock clock) {
        this.reports = reports;
        this.letterSettings = letterSettings;
        this.actor = actor;
        this.runner = runner;
        this.dialogs = dialogs;
        this.i18n = i18n;
        this.clock = clock;
        LocalDate today = LocalDate.now(clock);
        // the last complete month is what a head of office asks for first
        LocalDate lastMonth = today.minusMonths(1);
        year.set(lastMonth.getYear());
        number.set(lastMonth.getMonthValue());
        kind.addListener((o, a, b) -> number.set(defaultNumber(b)));
    }

    private int defaultNumber(ReportPeriod.Kind k) {
        LocalDate today = LocalDate.now(clock);
        return switch (k) {
            case MONTH -> today.getMonthValue();
            case QUARTER -> (today.getMonthValue() - 1) / 3 + 1;
            case YEAR -> 0;
        };
    }

    public List<Integer> years() {
        List<Integer> out = new ArrayList<>();
        int now = LocalDate.now(clock).getYear();
        for (int i = 0; i < YEARS; i++) {
            out.add(now - i);
        }
        return out;
    }

    /** Months 1–12 or quarters 1–4 for the chosen kind; none for a year. */
    public List<Integer> numbers() {
        return switch (kind.get()) {
            case MONTH -> List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
            case QUARTER -> List.of(1, 2, 3, 4);
            case YEAR -> List.of();
        };
    }

    /** "November" for a month, "Triwulan IV" for a quarter. */
    public String numberLabel(Integer n) {
        if (n == null || n == 0) {
            return "";
        }
        return kind.get() == ReportPeriod.Kind.QUARTER
                ? ReportPeriod.quarterName(n)
                : IndonesianDates.monthName(n);
    }

    /** The period chosen, or null while incomplete. */
    public ReportPeriod period() {
        if (kind.get() == null || year.get() == null) {
            return null;
        }
        return switch (kind.get()) {
            case YEAR -> ReportPeriod.year(year.get());
            case QUARTER -> number.get() == null || number.get() < 1 || number.get() > 4 ? null
                    : ReportPeriod.quarter(year.get(), number.get());
            case MONTH -> number.get() == null || number.get() < 1 ? null : ReportPeriod.month(year.get(), number.get());
        };
    }

    public void show() {
        ReportPeriod p = period();
        if (p == null) {
            return;
        }
        busy.set(true);
        status.set(i18n.t("reports.loading", p.label()));
        runner.run(() -> reports.report(p, actor.get()), r -> {
            busy.set(false);
            report.set(r);
            status.set(r.provisional() ? i18n.t("reports.provisional", IndonesianDates.longDate(r.asOf())) : "");
        }, e -> {
            busy.set(false);
            status.set("");
            Refusal.orUnexpected(i18n, dialogs, "reports.refused").accept(e);
        });
    }

    /** "laporan-2026-11.pdf". */
    public String suggestedName(String extension) {
        ServiceReport r = report.get();
        return "laporan-" + (r == null ? "" : r.period().code()) + "." + extension;
    }

    public void exportPdf(Path file) {
        ServiceReport r = report.get();
        if (r == null) {
            return;
        }
        export(file, () -> {
            try {
                Files.write(file, new ReportPdf().render(r, letterSettings.get()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    public void exportXlsx(Path file) {
        ServiceReport r = report.get();
        if (r == null) {
            return;
        }
        export(file, () -> new ReportXlsx().write(r, file));
    }

    private void export(Path file, Runnable write) {
        busy.set(true);
        runner.run(() -> {
            write.run();
            return file;
        }, f -> {
            busy.set(false);
            dialogs.info(i18n.t("reports.exportedTitle"), i18n.t("reports.exported", f.toString()));
        }, e -> {
            busy.set(false);
            if (e instanceof SignerMissingException) {
                dialogs.error(i18n.t("reports.exportFailedTitle"), i18n.t("reports.signer.missing"));
            } else if (e instanceof UncheckedIOException) {
                dialogs.error(i18n.t("reports.exportFailedTitle"), i18n.t("reports.exportFailed", file.toString()));
            } else {
                dialogs.unexpected(e);
            }
        });
    }

    public ObjectProperty<ReportPeriod.Kind> kind() {
        return kind;
    }

    public ObjectProperty<Integer> year() {
        return year;
    }

    public ObjectProperty<Integer> number() {
        return number;
    }

    public ObjectProperty<ServiceReport> report() {
        return report;
    }

    public BooleanProperty busy() {
        return busy;
    }

    public StringProperty status() {
        return status;
    }
}
