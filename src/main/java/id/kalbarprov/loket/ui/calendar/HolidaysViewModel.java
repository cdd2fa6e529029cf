package id.kalbarprov.loket.ui.calendar;

import id.kalbarprov.loket.core.auth.AccessDeniedException;
import id.kalbarprov.loket.core.auth.Actor;
import id.kalbarprov.loket.core.calendar.Holiday;
import id.kalbarprov.loket.core.calendar.HolidayCsv;
import id.kalbarprov.loket.core.calendar.HolidayImportException;
import id.kalbarprov.loket.core.calendar.HolidayKind;
import id.kalbarprov.loket.core.calendar.HolidayService;
import id.kalbarprov.loket.core.text.IndonesianDates;
import id.kalbarprov.loket.core.validation.ValidationException;
import id.kalbarprov.loket.core.validation.Violation;
import id.kalbarprov.loket.ui.common.DialogService;
import id.kalbarprov.loket.ui.common.I18n;
import id.kalbarprov.loket.ui.common.TaskRunner;
import id.kalbarprov.loket.ui.common.Refusal;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * Pengaturan → Hari Libur: the table by year, add a day, remove one (after confirming), import a
 * CSV file (all or nothing; every bad line is listed with its number).
 */
public final class HolidaysViewModel {

    /** Dates typed the Indonesian way: 31-12-2027 (ISO 2027-12-31 also accepted); 31-02-2027 is refused, not moved. */
    public static final DateTimeFormatter INPUT_DATE = DateTimeFormatter.ofPattern("d-M-uuuu")
            .withResolverStyle(java.time.format.ResolverStyle.STRICT);

    private final HolidayService service;
    private final Supplier<Actor> actor;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final I18n i18n;
    private final Clock clock;

    private final ObservableList<Integer> years = FXCollections.observableArrayList();
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    private final ObservableList<Holiday> holidays = FXCollections.observableArrayList();
    private final StringProperty dateText = new SimpleStringProperty("");
    private final ObjectProperty<HolidayKind> kind = new SimpleObjectProperty<>(HolidayKind.LIBUR);
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty basis = new SimpleStringProperty("");
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private final ObservableList<String> importProblems = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty("");

    public HolidaysViewModel(HolidayService service, Supplier<Actor> actor, TaskRunner runner, DialogService dialogs,
                             I18n i18n, Clock clock) {
        this.service = service;
        this.actor = actor;
        this.runner = runner;
        this.dialogs = dialogs;
        this.i18n = i18n;
        this.clock = clock;
        year.addListener((o, a, y) -> {
            if (y != null && !y.equals(a)) {
                loadYear(y);
            }
        });
    }

    /** Reloads the years and the selected year (the current year at first). */
    public void load() {
        Integer keep = year.get();
        runner.run(service::years, ys -> showYears(ys, keep == null ? LocalDate.now(clock).getYear() : keep),
                dialogs::unexpected);
    }

    private void showYears(List<Integer> ys, int wanted) {
        List<Integer> all = new ArrayList<>(ys);
        int now = LocalDate.now(clock).getYear();
        // The current and next year are always offered, so a missing list can be filled in.
        for (int y : new int[] {now, now + 1, wanted}) {
            if (!all.contains(y)) {
                all.add(y);
            }
        }
        all.sort(null);
        years.setAll(all);
        if (Integer.valueOf(wanted).equals(year.get())) {
            loadYear(wanted);
        } else {
            year.set(wanted);
        }
    }

    private void loadYear(int y) {
        runner.run(() -> service.inYear(y), holidays::setAll, dialogs::unexpected);
    }

    public void add() {
        errors.clear();
        status.set("");
        LocalDate date;
        String text = dateText.get() == null ? "" : dateText.get().strip();
        if (text.isEmpty()) {
            date = null;
        } else {
            date = parseDate(text);
            if (date == null) {
                errors.put(HolidayService.DATE, i18n.t("validation.holiday.date"));
            }
        }
        LocalDate d = date;
        HolidayKind k = kind.get();
        String n = name.get();
        String b = basis.get();
        if (!errors.isEmpty()) {
            // The other fields are still checked, so every problem shows at once; a day that could not be
            // read is refused by the service as missing, and nothing is saved (its message above stays).
            runner.run(() -> service.add(null, k, n, b, actor.get()), added -> {
                throw new IllegalStateException("a holiday without a date was saved");
            }, this::failed);
            return;
        }
        runner.run(() -> service.add(d, k, n, b, actor.get()), added -> {
            dateText.set("");
            name.set("");
            basis.set("");
            status.set(i18n.t("holidays.added", IndonesianDates.longDateWithDay(added.date()), added.name()));
            showYearsAfterChange(added.date().getYear());
        }, this::failed);
    }

    /** Asks first; removes the day and reloads when confirmed. */
    public void remove(Holiday h) {
        if (h == null) {
            return;
        }
        status.set("");
        String when = IndonesianDates.longDateWithDay(h.date());
        if (!dialogs.confirm(i18n.t("holidays.remove.title"), i18n.t("holidays.remove.question", when, h.name()))) {
            return;
        }
        runner.run(() -> service.remove(h.date(), actor.get()), removed -> {
            status.set(i18n.t("holidays.removed", when, h.name()));
            showYearsAfterChange(h.date().getYear());
        }, this::failed);
    }

    /** Imports a CSV file (UTF-8, the format of holidays.csv). */
    public void importFile(Path file) {
        importProblems.clear();
        status.set("");
        runner.run(() -> {
            String content;
            try {
                content = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new ImportReadException(file, e);
            }
            return service.importCsv(content, file.getFileName().toString(), actor.get());
        }, done -> {
            String message = done.perYear().size() == 1
                    ? i18n.t("holidays.import.done", done.count(), String.valueOf(done.perYear().firstKey()))
                    : i18n.t("holidays.import.doneYears", done.count(), done.perYear().entrySet().stream()
                            .map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining(", ")));
            status.set(message);
            dialogs.info(i18n.t("holidays.import.title"), message);
            showYearsAfterChange(done.perYear().firstKey());
        }, e -> {
            if (e instanceof HolidayImportException bad) {
                for (HolidayCsv.Problem p : bad.problems()) {
                    importProblems.add(i18n.t("holidays.csv.line", p.line(), i18n.t(p.key(), p.args().toArray())));
                }
                dialogs.error(i18n.t("holidays.import.failedTitle"),
                        i18n.t("holidays.import.failed", bad.problems().size(), file.getFileName().toString())
                                + "\n\n" + importProblems.stream().limit(15).collect(Collectors.joining("\n"))
                                + (importProblems.size() > 15 ? "\n…" : ""));
            } else if (e instanceof ImportReadException) {
                dialogs.error(i18n.t("holidays.import.failedTitle"),
                        i18n.t("holidays.import.unreadable", file.getFileName().toString()));
            } else {
                failed(e);
            }
        });
    }

    private void showYearsAfterChange(int y) {
        runner.run(service::years, ys -> showYears(ys, y), dialogs::unexpected);
    }

    private void failed(Throwable e) {
        if (e instanceof ValidationException v) {
            for (Violation violation : v.violations()) {
                errors.putIfAbsent(violation.field(), i18n.t(violation.key(), violation.args().toArray()));
            }
        } else if (e instanceof AccessDeniedException) {
            dialogs.error(i18n.t("holidays.denied.title"), Refusal.explain(i18n, i18n.t("holidays.denied.message"), e));
        } else {
            dialogs.unexpected(e);
        }
    }

    static LocalDate parseDate(String text) {
        for (DateTimeFormatter f : new DateTimeFormatter[] {INPUT_DATE, DateTimeFormatter.ISO_LOCAL_DATE}) {
            try {
                return LocalDate.parse(text, f);
            } catch (DateTimeParseException ignored) {
                // try the next form
            }
        }
        return null;
    }

    /** The file could not be read as UTF-8 text. */
    static final class ImportReadException extends UncheckedIOException {
        ImportReadException(Path file, IOException cause) {
            super(file.toString(), cause);
        }
    }

    public ObservableList<Integer> years() {
        return years;
    }

    public ObjectProperty<Integer> year() {
        return year;
    }

    public ObservableList<Holiday> holidays() {
        return holidays;
    }

    public StringProperty dateText() {
        return dateText;
    }

    public ObjectProperty<HolidayKind> kind() {
        return kind;
    }

    public StringProperty name() {
        return name;
    }

    public StringProperty basis() {
        return basis;
    }

    /** Field id → message, for the add form. */
    public ObservableMap<String, String> errors() {
        return errors;
    }

    /** "Baris 3: ..." for each bad line of the last import. */
    public ObservableList<String> importProblems() {
        return importProblems;
    }

    public StringProperty status() {
        return status;
    }

    /** "Libur nasional" / "Cuti bersama". */
    public String kindText(String code) {
        return HolidayKind.ofCode(code).map(k -> i18n.of("holidayKind", k)).orElse(code);
    }
}
