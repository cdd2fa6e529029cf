package id.kalbarprov.loket.ui.register;

import id.kalbarprov.loket.core.register.AgendaBookExport;
import id.kalbarprov.loket.core.text.IndonesianDates;
import id.kalbarprov.loket.ui.common.DialogService;
import id.kalbarprov.loket.ui.common.I18n;
import id.kalbarprov.loket.ui.common.TaskRunner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Surat Masuk → Buku Agenda: the agenda book of a month, a year or a range of received dates, saved as
 * PDF/A (to print and sign) or XLSX, where the clerk chooses.
 */
public final class AgendaBookViewModel {

    /** How the period is chosen. */
    public enum Kind { MONTH, YEAR, RANGE }

    private final AgendaBookExport export;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final I18n i18n;
    private final ObjectProperty<Kind> kind = new SimpleObjectProperty<>(Kind.MONTH);
    private final ObjectProperty<Integer> month = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty statusIsError = new SimpleBooleanProperty(false);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);

    public AgendaBookViewModel(AgendaBookExport export, TaskRunner runner, DialogService dialogs, I18n i18n, Clock clock) {
        this.export = export;
        this.runner = runner;
        this.dialogs = dialogs;
        this.i18n = i18n;
        LocalDate today = LocalDate.now(clock);
        month.set(today.getMonthValue());
        year.set(today.getYear());
        from.set(today.withDayOfMonth(1));
        to.set(today);
    }

    /** The period chosen, or empty (with the reason in the status) when it is incomplete or backwards. */
    public Optional<AgendaBookExport.Period> period() {
        Kind k = kind.get();
        if (k == Kind.RANGE) {
            if (from.get() == null || to.get() == null) {
                return refuse("agendaBook.range.missing");
            }
            if (to.get().isBefore(from.get())) {
                return refuse("agendaBook.range.backwards");
            }
            return Optional.of(new AgendaBookExport.Period(from.get(), to.get()));
        }
        if (year.get() == null || year.get() < 2000 || year.get() > 2100) {
            return refuse("agendaBook.year.invalid");
        }
        return Optional.of(k == Kind.YEAR ? AgendaBookExport.Period.year(year.get())
                : AgendaBookExport.Period.month(YearMonth.of(year.get(), month.get() == null ? 1 : month.get())));
    }

    private Optional<AgendaBookExport.Period> refuse(String key) {
        statusIsError.set(true);
        status.set(i18n.t(key));
        return Optional.empty();
    }

    /** The file name offered in the save dialog, e.g. buku-agenda-2026-11.pdf. */
    public String suggestedName(AgendaBookExport.Format format) {
        String part = switch (kind.get()) {
            case MONTH -> String.format("%04d-%02d", year.get() == null ? 0 : year.get(), month.get() == null ? 1 : month.get());
            case YEAR -> String.valueOf(year.get());
            case RANGE -> from.get() + "_" + to.get();
        };
        return "buku-agenda-" + part + "." + format.extension();
    }

    /** Writes the book of the chosen period to {@code file} (nothing when the clerk chose none). */
    public void save(AgendaBookExport.Format format, Optional<Path> file) {
        Optional<AgendaBookExport.Period> p = period();
        if (p.isEmpty() || file.isEmpty() || busy.get()) {
            return;
        }
        Path target = file.get();
        AgendaBookExport.Period period = p.get();
        busy.set(true);
        statusIsError.set(false);
        status.set(i18n.t("agendaBook.writing"));
        runner.run(() -> {
            AgendaBookExport.Written w = export.write(period, format);
            try {
                Files.write(target, w.bytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return w.letters();
        }, n -> {
            busy.set(false);
            status.set(i18n.t("agendaBook.saved", n, IndonesianDates.longDate(period.from()),
                    IndonesianDates.longDate(period.to()), target.toString()));
        }, e -> {
            busy.set(false);
            status.set("");
            if (e instanceof UncheckedIOException) {
                statusIsError.set(true);
                status.set(i18n.t("agendaBook.saveFailed", target.toString()));
            } else {
                dialogs.unexpected(e);
            }
        });
    }

    public ObjectProperty<Kind> kind() {
        return kind;
    }

    public ObjectProperty<Integer> month() {
        return month;
    }

    public ObjectProperty<Integer> year() {
        return year;
    }

    public ObjectProperty<LocalDate> from() {
        return from;
    }

    public ObjectProperty<LocalDate> to() {
        return to;
    }

    public StringProperty status() {
        return status;
    }

    public BooleanProperty statusIsError() {
        return statusIsError;
    }

    public BooleanProperty busy() {
        return busy;
    }
}
