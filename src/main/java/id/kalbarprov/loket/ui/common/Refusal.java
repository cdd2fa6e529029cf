package id.kalbarprov.loket.ui.common;

import id.kalbarprov.loket.core.auth.AccessDeniedException;

/** The sentence a refusal adds to a screen's "not allowed" message: which right was missing. */
public final class Refusal {

    private Refusal() {
    }

    /** "Hak yang diperlukan: Meregistrasi surat masuk. ..." for the refusal in {@code e}'s causes, or "". */
    public static String missingRight(I18n i18n, Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof AccessDeniedException d && d.permission() != null) {
                return i18n.t("access.missingRight", i18n.of("permission", d.permission()));
            }
        }
        return "";
    }

    /** {@code message} followed by the missing right, on its own line. */
    public static String explain(I18n i18n, String message, Throwable e) {
        String right = missingRight(i18n, e);
        return right.isEmpty() ? message : message + "\n" + right;
    }

    /**
     * For screens that pass every failure to {@code dialogs.unexpected}: a refusal gets
     * {@code titleKey} and the missing right instead of "unexpected error".
     */
    public static java.util.function.Consumer<Throwable> orUnexpected(I18n i18n, DialogService dialogs,
                                                                      String titleKey) {
        return e -> {
            String right = missingRight(i18n, e);
            if (right.isEmpty()) {
                dialogs.unexpected(e);
            } else {
                dialogs.error(i18n.t(titleKey), right);
            }
        };
    }
}
