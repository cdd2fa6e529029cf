package id.kalbarprov.loket.ui.signin;

import id.kalbarprov.loket.core.validation.ValidationException;
import id.kalbarprov.loket.core.validation.Violation;
import id.kalbarprov.loket.ui.common.I18n;
import java.util.Map;

/** Puts each violation's message under its field name. */
public final class Errors {
    private Errors() {
    }

    public static void show(I18n i18n, ValidationException e, Map<String, String> errors) {
        errors.clear();
        for (Violation v : e.violations()) {
            errors.put(v.field(), i18n.t(v.key(), v.args().toArray()));
        }
    }
}
