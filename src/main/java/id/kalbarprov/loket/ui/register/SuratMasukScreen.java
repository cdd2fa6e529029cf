package id.kalbarprov.loket.ui.register;

import id.kalbarprov.loket.core.register.LetterDetail;
import id.kalbarprov.loket.core.register.LetterFilter;
import id.kalbarprov.loket.ui.common.CreatesNew;
import id.kalbarprov.loket.ui.common.I18n;
import id.kalbarprov.loket.ui.common.LetterFilterTarget;
import id.kalbarprov.loket.ui.common.Screen;
import id.kalbarprov.loket.ui.intake.IntakeView;
import java.util.List;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Surat Masuk: the register (Buku Agenda) and the registration form side by side as tabs, plus one
 * tab per opened letter. Ctrl+N anywhere here opens the form; after each save the register refreshes.
 */
public final class SuratMasukScreen implements Screen, LetterFilterTarget, CreatesNew {

    private static final KeyCombination NEW = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);

    private final I18n i18n;
    private final RegisterView register;
    private final RegisterViewModel registerVm;
    private final IntakeView intake;
    private final BorderPane root = new BorderPane();
    private final TabPane tabs = new TabPane();
    private final Tab registerTab;
    private final Tab intakeTab;
    private final Button add;
    /** The tab property holding the LetterDetail a letter tab shows. */
    private static final String SHOWN = "loket.shownDetail";
    private final CorrectionViewModel correctionVm;
    private final CorrectionView correction;
    private final java.util.function.Function<LetterDetail, Node> extras;
    private HBox header;
    private Tab agendaBookTab;

    public SuratMasukScreen(I18n i18n, RegisterView register, RegisterViewModel registerVm, IntakeView intake) {
        this(i18n, register, registerVm, intake, null, d -> new VBox());
    }

    /** With {@code correctionVm}, a letter's tab offers "Koreksi…" to an operator who may correct (decision 0021). */
    public SuratMasukScreen(I18n i18n, RegisterView register, RegisterViewModel registerVm, IntakeView intake,
                            CorrectionViewModel correctionVm) {
        this(i18n, register, registerVm, intake, correctionVm, d -> new VBox());
    }

    /**
     * {@code extras} adds sections below a letter's detail (its scans, its receipt and disposition
     * sheet: issue 14), built anew for every detail shown.
     */
    public SuratMasukScreen(I18n i18n, RegisterView register, RegisterViewModel registerVm, IntakeView intake,
                            java.util.function.Function<LetterDetail, Node> extras) {
        this(i18n, register, registerVm, intake, null, extras);
    }

    public SuratMasukScreen(I18n i18n, RegisterView register, RegisterViewModel registerVm, IntakeView intake,
                            CorrectionViewModel correctionVm, java.util.function.Function<LetterDetail, Node> extras) {
        this.i18n = i18n;
        this.extras = extras;
        this.correctionVm = correctionVm;
        this.correction = correctionVm == null ? null : new CorrectionView(i18n, correctionVm);
        if (correctionVm != null) {
            correctionVm.onSaved(id -> {
                registerVm.reload();
                openDetail(id);
            });
            correctionVm.onClose(this::closeCorrection);
        }
        this.register = register;
        this.registerVm = registerVm;
        this.intake = intake;
        Label title = new Label(i18n.t("suratMasuk.title"));
        title.getStyleClass().add("title-2");
        add = new Button(i18n.t("suratMasuk.new"));
        add.setId("new-letter");
        add.getStyleClass().add("accent");
        add.setOnAction(e -> openIntake());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        header = new HBox(12, title, grow, add);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(0, 0, 8, 0));

        registerTab = new Tab(i18n.t("suratMasuk.register"), register.view());
        registerTab.setId("tab-register");
        registerTab.setClosable(false);
        intakeTab = new Tab(i18n.t("suratMasuk.intake"), intake.view());
        intakeTab.setId("tab-intake");
        intakeTab.setClosable(false);
        tabs.getTabs().addAll(registerTab, intakeTab);
        tabs.setId("surat-masuk-tabs");
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, t) -> {
            if (t == intakeTab) {
                intake.onShow();
                intake.startNew();
            } else if (t == registerTab) {
                Platform.runLater(register::focusTable);
            }
        });

        register.onOpen(this::openDetail);
        intake.onClose(() -> tabs.getSelectionModel().select(registerTab));
        root.setTop(header);
        root.setCenter(tabs);
        root.getStyleClass().add("screen");
        root.setId("surat-masuk");
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (NEW.match(e)) {
                openIntake();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE && correction != null
                    && tabs.getSelectionModel().getSelectedItem() != null
                    && tabs.getSelectionModel().getSelectedItem().getContent() == correction.view()) {
                return; // the correction form's own Esc goes back to the letter
            } else if (e.getCode() == KeyCode.ESCAPE && tabs.getSelectionModel().getSelectedItem() != null
                    && tabs.getSelectionModel().getSelectedItem().isClosable()) {
                Tab t = tabs.getSelectionModel().getSelectedItem();
                tabs.getTabs().remove(t);
                tabs.getSelectionModel().select(registerTab);
                e.consume();
            }
        });
    }

    @Override
    public void openNew() {
        openIntake();
    }

    /** Shows the registration form, focus on the first field to type. */
    public void openIntake() {
        if (!intake.canRegister()) {
            return; // the button and the tab are disabled: Ctrl+N does nothing either
        }
        if (tabs.getSelectionModel().getSelectedItem() == intakeTab) {
            intake.startNew();
        } else {
            tabs.getSelectionModel().select(intakeTab);
        }
        intake.focusFirstFieldNow();
    }

    /** Opens (or brings forward) the detail tab of a letter. */
    public void openDetail(long letterId) {
        registerVm.openDetail(letterId, this::showDetail);
    }

    private void showDetail(LetterDetail d) {
        String id = "tab-letter-" + d.row().id();
        Tab tab = tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst().orElse(null);
        ScrollPane scroll = detailContent(d);
        if (tab == null) {
            tab = new Tab(d.row().agendaNumber(), scroll);
            tab.setId(id);
            tabs.getTabs().add(tab);
        } else {
            tab.setContent(scroll);
            tab.setUserData(null);
        }
        tab.getProperties().put(SHOWN, d);
        tabs.getSelectionModel().select(tab);
    }

    private ScrollPane detailContent(LetterDetail d) {
        LetterDetailPane pane = new LetterDetailPane(i18n);
        pane.show(d);
        VBox content = new VBox(pane.view(), extras.apply(d));
        if (correctionVm != null && correctionVm.mayCorrect()) {
            Button correct = new Button(i18n.t("correction.open"));
            correct.setId("detail-correct");
            correct.setMinWidth(Region.USE_PREF_SIZE);
            correct.setOnAction(e -> openCorrection(d));
            HBox actions = new HBox(8, correct);
            actions.setPadding(new Insets(8, 16, 0, 16));
            content.getChildren().add(0, actions);
        }
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        return scroll;
    }

    /**
     * Another desk changed something (a correction, a step of the workflow): each open letter tab shows
     * the letter as stored now, unless it holds the correction form being filled in.
     */
    private void refreshOpenLetters() {
        for (Tab t : List.copyOf(tabs.getTabs())) {
            if (t.getId() == null || !t.getId().startsWith("tab-letter-")
                    || (correction != null && t.getContent() == correction.view())) {
                continue;
            }
            long letterId = Long.parseLong(t.getId().substring("tab-letter-".length()));
            registerVm.openDetail(letterId, d -> {
                // Only a letter that changed is drawn again: a redraw would take the focus from the reader.
                if (tabs.getTabs().contains(t) && (correction == null || t.getContent() != correction.view())
                        && !d.equals(t.getProperties().get(SHOWN))) {
                    double at = t.getContent() instanceof ScrollPane old ? old.getVvalue() : 0;
                    ScrollPane fresh = detailContent(d);
                    fresh.setVvalue(at);
                    t.setContent(fresh);
                    t.getProperties().put(SHOWN, d);
                }
            });
        }
    }

    /** Opens the correction form of {@code d} in its tab, prefilled with the letter as stored now. */
    private void openCorrection(LetterDetail d) {
        String id = "tab-letter-" + d.row().id();
        Tab tab = tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst().orElse(null);
        if (tab == null || correction == null) {
            return;
        }
        // One correction form at a time: a letter left in it shows its detail again.
        tabs.getTabs().stream().filter(t -> t.getContent() == correction.view() && t.getUserData() instanceof Node)
                .forEach(t -> t.setContent((Node) t.getUserData()));
        Tab target = tab;
        String service = i18n.t("detail.serviceDays", d.row().service(), d.row().workingDays());
        correctionVm.open(d.row().id(), service, () -> {
            target.setUserData(target.getContent());
            target.setContent(correction.view());
            tabs.getSelectionModel().select(target);
        });
    }

    /** Esc or Batal in the correction form: the letter's detail again. */
    private void closeCorrection() {
        for (Tab t : tabs.getTabs()) {
            if (t.getContent() == correction.view() && t.getUserData() instanceof Node detail) {
                t.setContent(detail);
                t.setUserData(null);
                tabs.getSelectionModel().select(t);
                Platform.runLater(tabs::requestFocus);
            }
        }
    }

    /**
     * Adds "Buku Agenda…" beside "Surat baru": it opens (or brings forward) a tab where the clerk saves
     * the agenda book of a month, a year or a range as PDF or XLSX.
     */
    public void offerAgendaBook(Node view) {
        Button open = new Button(i18n.t("agendaBook.open"));
        open.setId("agenda-book-open");
        open.setMinWidth(Region.USE_PREF_SIZE);
        open.setOnAction(e -> {
            if (agendaBookTab == null || !tabs.getTabs().contains(agendaBookTab)) {
                ScrollPane scroll = new ScrollPane(view);
                scroll.setFitToWidth(true);
                agendaBookTab = new Tab(i18n.t("agendaBook.tab"), scroll);
                agendaBookTab.setId("tab-agenda-book");
                tabs.getTabs().add(agendaBookTab);
            }
            tabs.getSelectionModel().select(agendaBookTab);
        });
        header.getChildren().add(header.getChildren().indexOf(add), open);
    }

    /** Called after a registration: the register shows the new letter. */
    public void refreshRegister() {
        registerVm.reload();
    }

    @Override
    public void applyFilter(LetterFilter filter) {
        register.applyFilter(filter);
        tabs.getSelectionModel().select(registerTab);
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public void onDataChanged() {
        register.onDataChanged(); // the registration form being filled in is not touched
        refreshOpenLetters();
    }

    @Override
    public void onShow() {
        register.onShow();
        // Only an operator who may register letters gets the form; the others read the register.
        boolean may = intake.canRegister();
        add.setDisable(!may);
        intakeTab.setDisable(!may);
        if (!may && tabs.getSelectionModel().getSelectedItem() == intakeTab) {
            tabs.getSelectionModel().select(registerTab);
        }
        // The navigation rebuilt the view: put the focus back inside, so Ctrl+N and typing work at once.
        Tab selected = tabs.getSelectionModel().getSelectedItem();
        if (selected == intakeTab) {
            intake.onShow();
            intake.startNew();
        } else if (selected == registerTab) {
            Platform.runLater(register::focusTable);
        } else {
            Platform.runLater(tabs::requestFocus);
        }
    }
}
