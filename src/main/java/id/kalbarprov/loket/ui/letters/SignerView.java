package id.kalbarprov.loket.ui.letters;

import id.kalbarprov.loket.core.catalog.ServiceKind;
import id.kalbarprov.loket.core.letters.Paper;
import id.kalbarprov.loket.ui.common.I18n;
import id.kalbarprov.loket.ui.common.Screen;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** Pengaturan → Penandatangan. */
public final class SignerView implements Screen {

    private final SignerViewModel vm;
    private final ScrollPane root;

    public SignerView(I18n i18n, SignerViewModel vm) {
        this.vm = vm;
        FormSupport form = new FormSupport(i18n, vm.errors());
        TextField name = text("signer-name", vm.name());
        TextField title = text("signer-title", vm.title());
        TextField rank = text("signer-rank", vm.rank());
        TextField nip = text("signer-nip", vm.nip());
        CheckBox pppk = new CheckBox(i18n.t("letterSigner.pppk"));
        pppk.setId("signer-pppk");
        pppk.selectedProperty().bindBidirectional(vm.pppk());
        pppk.setWrapText(true);
        pppk.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        TextArea tembusan = new TextArea();
        tembusan.setId("signer-tembusan");
        tembusan.setPrefRowCount(3);
        tembusan.textProperty().bindBidirectional(vm.tembusan());
        ComboBox<Paper> paper = new ComboBox<>();
        paper.setId("signer-paper");
        paper.getItems().setAll(Paper.values());
        paper.valueProperty().bindBidirectional(vm.paper());
        paper.setConverter(new StringConverter<>() {
            @Override
            public String toString(Paper p) {
                return p == null ? "" : i18n.of("letters.paper", p);
            }

            @Override
            public Paper fromString(String s) {
                return null;
            }
        });
        TextField pattern = text("signer-pattern", vm.pattern());

        Label signerTitle = section(i18n, "letterSigner.section.signer");
        Label letterTitle = section(i18n, "letterSigner.section.letter");
        VBox left = new VBox(6, signerTitle, form.field("name", "letterSigner.name", name),
                form.field("title", "letterSigner.title", title), form.field("rank", "letterSigner.rank", rank),
                form.field("nip", "letterSigner.nip", nip), pppk,
                letterTitle, form.field("tembusan", "letterSigner.tembusan", tembusan),
                form.field("paper", "letterSigner.paper", paper));
        left.setPrefWidth(440);

        GridPane codes = new GridPane();
        codes.getStyleClass().add("form-grid");
        int row = 0;
        for (ServiceKind k : ServiceKind.values()) {
            TextField code = text("signer-code-" + k.name(), vm.code(k));
            code.setPrefColumnCount(10);
            Label l = new Label(i18n.of("templates.service", k));
            l.setLabelFor(code);
            code.setAccessibleText(l.getText());
            codes.add(l, 0, row);
            codes.add(code, 1, row);
            codes.add(form.error("code." + k.name()), 2, row);
            row++;
        }
        TextField replyCode = text("signer-code-PENGADUAN", vm.replyCode());
        replyCode.setPrefColumnCount(10);
        Label replyLabel = new Label(i18n.t("letterSigner.replyCode"));
        replyLabel.setLabelFor(replyCode);
        replyCode.setAccessibleText(replyLabel.getText());
        codes.add(replyLabel, 0, row);
        codes.add(replyCode, 1, row);
        codes.add(form.error(id.kalbarprov.loket.core.letters.OutgoingLetterService.REPLY_CODE_FIELD), 2, row);
        Label patternHelp = new Label(i18n.t("letterSigner.pattern.help"));
        patternHelp.setWrapText(true);
        patternHelp.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label codesLabel = new Label(i18n.t("letterSigner.codes"));
        codesLabel.setWrapText(true);
        codesLabel.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        patternHelp.getStyleClass().add("text-muted");
        VBox right = new VBox(6, section(i18n, "letterSigner.section.numbering"),
                form.field("numberPattern", "letterSigner.pattern", pattern), patternHelp,
                codesLabel, codes);
        right.setPrefWidth(440);

        Button save = new Button(i18n.t("letterSigner.save"));
        save.setId("signer-save");
        save.getStyleClass().add("accent");
        save.setOnAction(e -> vm.save());
        Label status = new Label();
        status.setId("signer-status");
        status.textProperty().bind(vm.status());
        status.setWrapText(true);
        // The two halves sit side by side on a wide screen and one below the other at 1024 px (issue 13).
        javafx.scene.layout.FlowPane halves = new javafx.scene.layout.FlowPane(32, 12, left, right);
        halves.setPrefWrapLength(440 * 2 + 32);
        save.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox box = new VBox(12, halves, new HBox(12, save, status));
        box.setPadding(new Insets(12, 4, 12, 0));
        FormSupport.ctrlS(box, vm::save);
        root = id.kalbarprov.loket.ui.common.FollowFocus.install(new ScrollPane(box));
        root.setFitToWidth(true);
    }

    private static TextField text(String id, javafx.beans.property.StringProperty p) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(p);
        return f;
    }

    private static Label section(I18n i18n, String key) {
        Label l = new Label(i18n.t(key));
        l.getStyleClass().add("section-title");
        return l;
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public void onShow() {
        vm.load();
    }
}
