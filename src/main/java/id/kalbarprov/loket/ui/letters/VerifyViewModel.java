package id.kalbarprov.loket.ui.letters;

import id.kalbarprov.loket.core.letters.Verdict;
import id.kalbarprov.loket.core.letters.VerificationService;
import id.kalbarprov.loket.core.text.IndonesianDates;
import id.kalbarprov.loket.ui.common.DialogService;
import id.kalbarprov.loket.ui.common.I18n;
import id.kalbarprov.loket.ui.common.TaskRunner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** Verifikasi surat: a code typed from a paper letter, or a PDF opened, checked against the outgoing register. */
public final class VerifyViewModel {

    private final VerificationService verification;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final I18n i18n;
    private final StringProperty code = new SimpleStringProperty("");
    private final StringProperty result = new SimpleStringProperty("");
    private final ObjectProperty<Verdict.Kind> kind = new SimpleObjectProperty<>();

    public VerifyViewModel(VerificationService verification, TaskRunner runner, DialogService dialogs, I18n i18n) {
        this.verification = verification;
        this.runner = runner;
        this.dialogs = dialogs;
        this.i18n = i18n;
    }

    /** Checks the typed code. */
    public void checkCode() {
        String typed = code.get();
        if (typed == null || typed.isBlank()) {
            show(i18n.t("verify.codeEmpty"), Verdict.Kind.UNKNOWN);
            return;
        }
        runner.run(() -> verification.verifyCode(typed), v -> show(say(v, false), v.kind()), dialogs::unexpected);
    }

    /** Checks the chosen PDF file (nothing when none was chosen). */
    public void checkFile(Optional<Path> file) {
        if (file.isEmpty()) {
            return;
        }
        Path p = file.get();
        runner.run(() -> {
            try {
                return verification.verifyPdf(Files.readAllBytes(p));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, v -> show(i18n.t("verify.file", p.getFileName().toString()) + " " + say(v, true), v.kind()), e -> {
            if (e instanceof UncheckedIOException) {
                show(i18n.t("verify.unreadable", p.toString()), Verdict.Kind.UNKNOWN);
            } else {
                dialogs.unexpected(e);
            }
        });
    }

    private String say(Verdict v, boolean bytes) {
        String date = v.date() == null ? "" : IndonesianDates.longDate(v.date());
        return switch (v.kind()) {
            case ISSUED -> i18n.t(bytes ? "verify.issuedBytes" : "verify.issuedCode", v.number(), date, v.subject(),
                    v.addressee());
            case CANCELLED -> i18n.t("verify.cancelled", v.number(), date,
                    v.cancelReason() == null ? "-" : v.cancelReason());
            case ALTERED -> i18n.t("verify.altered", v.number(), date);
            case UNKNOWN -> i18n.t(bytes ? "verify.unknownPdf" : "verify.unknownCode");
            case NOT_A_PDF -> i18n.t("verify.notPdf");
        };
    }

    private void show(String text, Verdict.Kind k) {
        kind.set(k);
        result.set(text);
    }

    public StringProperty code() {
        return code;
    }

    public StringProperty result() {
        return result;
    }

    /** The last verdict's kind (the view colours the result by it), null before the first check. */
    public ObjectProperty<Verdict.Kind> kind() {
        return kind;
    }
}
