package id.kalbarprov.loket.ui.complaints;

import id.kalbarprov.loket.core.auth.AccessDeniedException;
import id.kalbarprov.loket.core.auth.Actor;
import id.kalbarprov.loket.core.calendar.DueStatus;
import id.kalbarprov.loket.core.calendar.WorkingCalendar;
import id.kalbarprov.loket.core.catalog.ReferenceData;
import id.kalbarprov.loket.core.complaints.ComplaintClock;
import id.kalbarprov.loket.core.complaints.ComplaintQueries;
import id.kalbarprov.loket.core.complaints.ComplaintService;
import id.kalbarprov.loket.core.complaints.ComplaintState;
import id.kalbarprov.loket.core.complaints.ComplaintTransitionException;
import id.kalbarprov.loket.core.letters.SignerMissingException;
import id.kalbarprov.loket.core.register.LetterSearch;
import id.kalbarprov.loket.core.text.IndonesianDates;
import id.kalbarprov.loket.core.validation.ConcurrentChangeException;
import id.kalbarprov.loket.core.validation.ValidationException;
import id.kalbarprov.loket.core.validation.Violation;
import id.kalbarprov.loket.documents.LetterPrinter;
import id.kalbarprov.loket.ui.common.DialogService;
import id.kalbarprov.loket.ui.common.I18n;
import id.kalbarprov.loket.ui.common.Refusal;
import id.kalbarprov.loket.ui.common.TaskRunner;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import javafx.collections.ObservableMap;

/**
 * What the Pengaduan screen's ViewModels share: the complaints' reads and service, the reference
 * lists, the register's search (core ports, never stores), the signed-in operator, texts.
 */
public record ComplaintsContext(ComplaintQueries store, ComplaintService service, ReferenceData reference,
                                LetterSearch letters, Supplier<Actor> actor, Supplier<WorkingCalendar> calendar,
                                Clock clock, TaskRunner runner, DialogService dialogs, I18n i18n,
                                ComplaintReplies replies) {

    /** Without reply letters (the detail then offers none). */
    public ComplaintsContext(ComplaintQueries store, ComplaintService service, ReferenceData reference,
                             LetterSearch letters, Supplier<Actor> actor, Supplier<WorkingCalendar> calendar,
                             Clock clock, TaskRunner runner, DialogService dialogs, I18n i18n) {
        this(store, service, reference, letters, actor, calendar, clock, runner, dialogs, i18n, null);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Field problems into {@code errors} (field → message); the other refusals as a dialog. */
    void fail(Throwable e, ObservableMap<String, String> errors, Runnable reload) {
        if (e instanceof ValidationException v) {
            Map<String, String> m = new LinkedHashMap<>();
            for (Violation x : v.violations()) {
                m.putIfAbsent(x.field(), i18n.t(x.key(), x.args().toArray()));
            }
            errors.clear();
            errors.putAll(m);
        } else if (e instanceof ConcurrentChangeException) {
            dialogs.error(i18n.t("complaints.conflict.title"), i18n.t("complaints.conflict.message"));
            reload.run();
        } else if (e instanceof ComplaintTransitionException t) {
            dialogs.error(i18n.t("complaints.transition.title"), i18n.t("complaints.transition.message",
                    state(t.from()), state(t.to())));
            reload.run();
        } else if (e instanceof AccessDeniedException) {
            dialogs.error(i18n.t("complaints.denied.title"), Refusal.explain(i18n, i18n.t("complaints.denied.message"), e));
        } else if (e instanceof SignerMissingException) {
            dialogs.error(i18n.t("letters.error.title"), i18n.t("letters.error.noSigner"));
        } else if (e instanceof LetterPrinter.PrintFailedException p) {
            dialogs.error(i18n.t("letters.print.title"), i18n.t(p.key(), "", ""));
        } else {
            dialogs.unexpected(e);
        }
    }

    String state(ComplaintState s) {
        return i18n.of("complaintState", s);
    }

    /** "30-11-2026 · Sesuai jadwal", "Belum dikategorikan", or the date alone once closed. */
    String dueText(ComplaintState state, LocalDate due) {
        if (due == null) {
            return state == ComplaintState.DITERUSKAN ? i18n.t("complaints.detail.none")
                    : i18n.t("complaints.uncategorised");
        }
        DueStatus s = ComplaintClock.status(state, due, today());
        return s == null ? IndonesianDates.shortDate(due)
                : i18n.t("complaints.dueLine", IndonesianDates.shortDate(due), i18n.of("due", s));
    }

    /** The css class colouring a deadline (always with words), or null. */
    String dueStyle(ComplaintState state, LocalDate due) {
        DueStatus s = ComplaintClock.status(state, due, today());
        if (s == null) {
            return null;
        }
        return switch (s) {
            case ON_TRACK -> "due-on-track";
            case DUE_TODAY -> "due-today";
            case OVERDUE -> "due-overdue";
        };
    }
}
