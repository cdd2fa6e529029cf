package id.kalbarprov.loket.ui.letters;

import id.kalbarprov.loket.core.letters.Verdict;
import id.kalbarprov.loket.ui.common.I18n;
import id.kalbarprov.loket.ui.common.Screen;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Verifikasi surat: type the code printed under the QR code, or open the PDF someone sent. */
public final class VerifyView implements Screen {

    private final VBox root = new VBox(8);

    public VerifyView(I18n i18n, VerifyViewModel vm, Function<Window, Optional<Path>> choosePdf) {
        root.setId("verify");
        root.setPadding(new Insets(16));
        Label title = new Label(i18n.t("verify.title"));
        title.getStyleClass().add("title-3");
        Label explain = new Label(i18n.t("verify.explain"));
        explain.setWrapText(true);
        explain.setMinHeight(Region.USE_PREF_SIZE);
        explain.getStyleClass().add("text-muted");
        Label codeLabel = new Label(i18n.t("verify.code"));
        TextField code = new TextField();
        code.setId("verify-code");
        code.setPromptText("ABCDE-FGHJK");
        code.setPrefColumnCount(14);
        code.setAccessibleText(i18n.t("verify.code"));
        code.textProperty().bindBidirectional(vm.code());
        code.setOnAction(e -> vm.checkCode());
        codeLabel.setLabelFor(code);
        Button check = new Button(i18n.t("verify.check"));
        check.setId("verify-check");
        check.setMinWidth(Region.USE_PREF_SIZE);
        check.setOnAction(e -> vm.checkCode());
        Button open = new Button(i18n.t("verify.open"));
        open.setId("verify-open");
        open.setMinWidth(Region.USE_PREF_SIZE);
        open.setOnAction(e -> vm.checkFile(choosePdf.apply(root.getScene() == null ? null : root.getScene().getWindow())));
        HBox line = new HBox(8, code, check, new Label(i18n.t("verify.or")), open);
        line.setAlignment(Pos.CENTER_LEFT);
        Label result = new Label();
        result.setId("verify-result");
        result.setWrapText(true);
        result.setMinHeight(Region.USE_PREF_SIZE);
        result.setMaxWidth(760);
        result.textProperty().bind(vm.result());
        vm.kind().addListener((o, a, k) -> {
            result.getStyleClass().removeAll("status-ok", "status-error", "warning");
            result.getStyleClass().add(k == Verdict.Kind.ISSUED ? "status-ok"
                    : k == Verdict.Kind.CANCELLED ? "warning" : "status-error");
        });
        root.getChildren().addAll(title, explain, codeLabel, line, result);
    }

    /** A FileChooser for the PDF to check. */
    public static Function<Window, Optional<Path>> pdfChooser(I18n i18n) {
        return owner -> {
            FileChooser fc = new FileChooser();
            fc.setTitle(i18n.t("verify.open"));
            fc.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("PDF", "*.pdf", "*.PDF"),
                    new FileChooser.ExtensionFilter(i18n.t("attachments.allFiles"), "*.*"));
            return Optional.ofNullable(fc.showOpenDialog(owner)).map(java.io.File::toPath);
        };
    }

    @Override
    public Node view() {
        return root;
    }
}
