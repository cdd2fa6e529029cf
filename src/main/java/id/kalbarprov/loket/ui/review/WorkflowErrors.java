package id.kalbarprov.loket.ui.review;

import id.kalbarprov.loket.core.auth.AccessDeniedException;
import id.kalbarprov.loket.core.request.TransitionNotAllowedException;
import id.kalbarprov.loket.core.text.IndonesianDates;
import id.kalbarprov.loket.core.validation.ConcurrentChangeException;
import id.kalbarprov.loket.core.validation.ValidationException;
import id.kalbarprov.loket.core.validation.Violation;
import id.kalbarprov.loket.ui.common.DialogService;
import id.kalbarprov.loket.ui.common.I18n;
import id.kalbarprov.loket.ui.common.Refusal;
import java.util.List;
import java.util.function.Consumer;

/** How the workflow screens answer a refused step: field errors, a plain message, or a reload. */
public final class WorkflowErrors {

    private WorkflowErrors() {
    }

    /**
     * @param onViolations shows field errors
     * @param reload       reloads the list and the selected request (after someone else changed it)
     */
    public static void handle(Throwable e, I18n i18n, DialogService dialogs, Consumer<List<Violation>> onViolations,
                              Runnable reload) {
        if (e instanceof ValidationException v) {
            onViolations.accept(v.violations());
        } else if (e instanceof ConcurrentChangeException c) {
            String who = c.changedBy() == null ? i18n.t("workflow.someone") : c.changedBy();
            String when = c.changedAt() == null ? "-" : IndonesianDates.shortDateTime(c.changedAt());
            dialogs.info(i18n.t("workflow.changed.title"), i18n.t("workflow.changed.message", who, when));
            reload.run();
        } else if (e instanceof TransitionNotAllowedException t) {
            dialogs.error(i18n.t("workflow.notAllowed.title"), i18n.t("workflow.notAllowed.message",
                    i18n.of("state", t.from()), i18n.of("state", t.to())));
            reload.run();
        } else if (e instanceof AccessDeniedException) {
            dialogs.error(i18n.t("workflow.denied.title"), Refusal.explain(i18n, i18n.t("workflow.denied.message"), e));
        } else {
            dialogs.unexpected(e);
        }
    }

    /** The message of one violation, with its arguments. */
    public static String message(I18n i18n, Violation v) {
        return i18n.t(v.key(), v.args().toArray());
    }
}
