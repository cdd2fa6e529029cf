package id.kalbarprov.loket;

import id.kalbarprov.loket.core.audit.AuditService;
import id.kalbarprov.loket.core.auth.Actor;
import id.kalbarprov.loket.core.auth.OperatorService;
import id.kalbarprov.loket.core.auth.PasswordHasher;
import id.kalbarprov.loket.core.auth.Permission;
import id.kalbarprov.loket.core.backup.BackupService;
import id.kalbarprov.loket.core.auth.Role;
import id.kalbarprov.loket.core.auth.Operator;
import id.kalbarprov.loket.core.office.SetupChecklist;
import id.kalbarprov.loket.core.office.SetupService;
import id.kalbarprov.loket.store.SetupFactsStore;
import id.kalbarprov.loket.ui.dashboard.SetupChecklistView;
import id.kalbarprov.loket.ui.dashboard.SetupChecklistViewModel;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import id.kalbarprov.loket.core.calendar.HolidayService;
import id.kalbarprov.loket.core.calendar.WorkingCalendar;
import id.kalbarprov.loket.core.office.OfficeSettingsService;
import id.kalbarprov.loket.core.intake.IntakeService;
import id.kalbarprov.loket.core.intake.LetterCorrectionService;
import id.kalbarprov.loket.store.ChangeWatcher;
import id.kalbarprov.loket.store.DashboardStore;
import id.kalbarprov.loket.store.DbLocation;
import id.kalbarprov.loket.core.complaints.ComplaintService;
import id.kalbarprov.loket.store.ComplaintStore;
import id.kalbarprov.loket.store.ComplaintReplyStore;
import id.kalbarprov.loket.core.letters.ComplaintReplyService;
import id.kalbarprov.loket.core.letters.OutgoingLetterService;
import id.kalbarprov.loket.ui.complaints.ComplaintReplies;
import id.kalbarprov.loket.core.request.RequestWorkflow;
import id.kalbarprov.loket.documents.LetterPdf;
import id.kalbarprov.loket.store.BackupStore;
import id.kalbarprov.loket.store.Database;
import id.kalbarprov.loket.store.HolidayStore;
import id.kalbarprov.loket.store.LetterCorrectionStore;
import id.kalbarprov.loket.store.LetterStore;
import id.kalbarprov.loket.store.OfficeSettingsStore;
import id.kalbarprov.loket.store.AuditStore;
import id.kalbarprov.loket.store.ReferenceCache;
import id.kalbarprov.loket.store.OperatorStore;
import id.kalbarprov.loket.store.OutgoingLetterStore;
import id.kalbarprov.loket.store.ReferenceStore;
import id.kalbarprov.loket.store.RequestStore;
import id.kalbarprov.loket.store.SettingsStore;
import id.kalbarprov.loket.ui.backup.BackupView;
import id.kalbarprov.loket.ui.backup.BackupViewModel;
import id.kalbarprov.loket.ui.common.DialogService;
import id.kalbarprov.loket.ui.complaints.ComplaintsContext;
import id.kalbarprov.loket.ui.complaints.ComplaintsView;
import id.kalbarprov.loket.ui.common.I18n;
import id.kalbarprov.loket.ui.common.Screen;
import id.kalbarprov.loket.ui.common.TaskRunner;
import id.kalbarprov.loket.ui.calendar.HolidaysView;
import id.kalbarprov.loket.ui.calendar.HolidaysViewModel;
import id.kalbarprov.loket.ui.calendar.OfficeSettingsView;
import id.kalbarprov.loket.ui.calendar.OfficeSettingsViewModel;
import id.kalbarprov.loket.ui.complaints.ComplaintsSummaryView;
import id.kalbarprov.loket.ui.complaints.ComplaintsSummaryViewModel;
import id.kalbarprov.loket.ui.dashboard.DashboardView;
import id.kalbarprov.loket.ui.dashboard.DashboardViewModel;
import id.kalbarprov.loket.ui.about.AboutView;
import id.kalbarprov.loket.ui.about.AboutViewModel;
import id.kalbarprov.loket.ui.audit.AuditView;
import id.kalbarprov.loket.ui.audit.AuditViewModel;
import id.kalbarprov.loket.ui.operators.OperatorsView;
import id.kalbarprov.loket.ui.operators.OperatorsViewModel;
import id.kalbarprov.loket.ui.operators.SecuritySettingsView;
import id.kalbarprov.loket.ui.operators.SecuritySettingsViewModel;
import id.kalbarprov.loket.core.auth.SecuritySettingsService;
import id.kalbarprov.loket.store.SecuritySettingsStore;
import id.kalbarprov.loket.core.catalog.Agency;
import id.kalbarprov.loket.core.catalog.ServiceStandard;
import id.kalbarprov.loket.core.register.LetterDetail;
import id.kalbarprov.loket.core.register.LetterFilter;
import id.kalbarprov.loket.core.register.LetterRow;
import id.kalbarprov.loket.core.register.Page;
import id.kalbarprov.loket.core.register.Total;
import id.kalbarprov.loket.ui.intake.IntakeView;
import id.kalbarprov.loket.ui.intake.IntakeViewModel;
import id.kalbarprov.loket.ui.register.CorrectionViewModel;
import id.kalbarprov.loket.ui.register.RegisterView;
import id.kalbarprov.loket.ui.register.RegisterViewModel;
import id.kalbarprov.loket.ui.register.SuratMasukScreen;
import id.kalbarprov.loket.ui.processing.ProcessingView;
import id.kalbarprov.loket.ui.processing.ProcessingViewModel;
import id.kalbarprov.loket.ui.review.ReviewView;
import id.kalbarprov.loket.ui.review.ReviewViewModel;
import id.kalbarprov.loket.ui.review.WorkflowServices;
import id.kalbarprov.loket.ui.letters.LettersView;
import id.kalbarprov.loket.ui.letters.LettersViewModel;
import id.kalbarprov.loket.ui.letters.Printing;
import id.kalbarprov.loket.ui.letters.SignerView;
import id.kalbarprov.loket.ui.letters.SignerViewModel;
import id.kalbarprov.loket.ui.letters.TemplatesView;
import id.kalbarprov.loket.ui.letters.TemplatesViewModel;
import id.kalbarprov.loket.ui.settings.SettingsTab;
import id.kalbarprov.loket.ui.settings.SettingsView;
import id.kalbarprov.loket.ui.shell.MainWindow;
import id.kalbarprov.loket.ui.shell.NavItem;
import id.kalbarprov.loket.ui.shell.Navigator;
import id.kalbarprov.loket.ui.standards.StandardsView;
import id.kalbarprov.loket.ui.standards.StandardsViewModel;
import id.kalbarprov.loket.core.report.ReportService;
import id.kalbarprov.loket.core.survey.SurveyService;
import id.kalbarprov.loket.store.ReportStore;
import id.kalbarprov.loket.store.SurveyStore;
import id.kalbarprov.loket.ui.reports.ReportView;
import id.kalbarprov.loket.ui.reports.ReportViewModel;
import id.kalbarprov.loket.ui.survey.KioskView;
import id.kalbarprov.loket.ui.survey.KioskViewModel;
import id.kalbarprov.loket.ui.survey.KioskWindow;
import id.kalbarprov.loket.ui.survey.SurveyEntryView;
import id.kalbarprov.loket.ui.survey.SurveyEntryViewModel;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** The one place that knows everything: opens the store and wires services and screens. */
public final class Loket {

    /** How long another workstation's edit of holidays, office hours or services may take to be seen here. */
    public static final java.time.Duration REFERENCE_MAX_AGE = java.time.Duration.ofSeconds(30);

    private final Database db;
    private final ReferenceCache<WorkingCalendar> calendarCache;
    private final ReferenceCache<List<ServiceStandard>> serviceCache;
    private final HolidayService holidays;
    private final Clock clock;
    private final SettingsStore settings;
    private final ReferenceStore reference;
    private final LetterStore letters;
    private final IntakeService intake;
    private final LetterCorrectionService corrections;
    private final OperatorService operators;
    private final AuditService audit;
    private final ComplaintStore complaints;
    private final ComplaintService complaintService;
    private final RequestStore requests;
    private final RequestWorkflow workflow;
    /** Set at sign-in (LoketApp → ui/signin/Session); only tests and commands that skip sign-in act as this all-roles operator. */
    private final OutgoingLetterService outgoing;
    private final ComplaintReplyService complaintReplies;
    private final BackupService backups;
    private final SurveyService surveys;
    private final ReportService reports;
    private final id.kalbarprov.loket.core.attachments.AttachmentService attachments;
    private final id.kalbarprov.loket.core.receipt.ReceiptService receipts;
    private final id.kalbarprov.loket.core.attachments.ScanFolder.Setting scanFolderSetting;
    /** This workstation's scan folder, read at most every 30 s by the registration form's polling. */
    private final ReferenceCache<Optional<Path>> scanFolder;
    /** Until sign-in exists (issue 6) the app acts as this single desk operator holding every role. */
    private volatile Actor actor = new Actor(0, "admin", "Operator Loket", java.util.EnumSet.allOf(Role.class));
    /** This workstation's kept database choice when the database is it (not --db or LOKET_DB): Tentang can clear it. */
    private volatile id.kalbarprov.loket.core.database.WorkstationSetup workstation;

    private Loket(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
        this.settings = new SettingsStore(db);
        this.reference = new ReferenceStore(db);
        this.calendarCache = new ReferenceCache<>(() -> reference.calendar(settings), REFERENCE_MAX_AGE, System::nanoTime);
        this.serviceCache = new ReferenceCache<>(reference::services, REFERENCE_MAX_AGE, System::nanoTime);
        this.holidays = new HolidayService(new HolidayStore(db, calendarCache::invalidate));
        this.letters = new LetterStore(db, this::calendar, clock);
        this.intake = new IntakeService(letters,
                id -> serviceCache.get().stream().filter(s -> s.id() == id).findFirst(),
                this::calendar, clock);
        this.corrections = new LetterCorrectionService(new LetterCorrectionStore(db), this::calendar, clock);
        this.operators = new OperatorService(new OperatorStore(db), PasswordHasher.DEFAULT,
                () -> OperatorStore.policy(settings), clock);
        this.audit = new AuditService(new AuditStore(db));
        this.complaints = new ComplaintStore(db, this::calendar, clock);
        this.complaintService = new ComplaintService(complaints, reference::complaintChannels,
                reference::complaintCategories, clock);
        this.requests = new RequestStore(db, this::calendar);
        this.workflow = new RequestWorkflow(requests, this::calendar, clock);
        this.outgoing = new OutgoingLetterService(new OutgoingLetterStore(db), new LetterPdf(), clock);
        this.complaintReplies = new ComplaintReplyService(new ComplaintReplyStore(db, complaints), outgoing);
        this.backups = new BackupService(db.location() instanceof DbLocation.Server s
                ? new BackupStore(db, DataDir.serverAnchor(s)) : new BackupStore(db), clock);
        this.surveys = new SurveyService(new SurveyStore(db), clock);
        this.reports = new ReportService(new ReportStore(db, serviceCache::get), serviceCache::get,
                reference::complaintChannels, reference::complaintCategories, this::calendar, clock);
        this.scanFolderSetting = new id.kalbarprov.loket.store.ScanFolderStore(db,
                id.kalbarprov.loket.store.ScanFolderStore.localHost());
        this.scanFolder = new ReferenceCache<>(scanFolderSetting::folder, REFERENCE_MAX_AGE, System::nanoTime);
        this.receipts = new id.kalbarprov.loket.core.receipt.ReceiptService(letters::detail,
                agenda -> new id.kalbarprov.loket.store.AttachmentStore(db).letterByAgenda(agenda), outgoing::settings,
                this::calendar, new id.kalbarprov.loket.documents.ReceiptPdf(),
                new id.kalbarprov.loket.documents.DispositionPdf());
        this.attachments = new id.kalbarprov.loket.core.attachments.AttachmentService(
                new id.kalbarprov.loket.store.AttachmentStore(db), new id.kalbarprov.loket.documents.ScanPages(), clock);
    }

    public static Loket open(Path dbFile, Clock clock) {
        return open(new DbLocation.File(dbFile), clock);
    }

    /** @throws id.kalbarprov.loket.core.database.DatabaseException when the database cannot be used */
    public static Loket open(DbLocation location, Clock clock) {
        return open(location, clock, false);
    }

    /** As {@link #open(DbLocation, Clock)}; {@code upgradeConfirmed}: see {@link Database#open(DbLocation, boolean)}. */
    public static Loket open(DbLocation location, Clock clock, boolean upgradeConfirmed) {
        return new Loket(Database.open(location, upgradeConfirmed), clock);
    }

    public Database database() {
        return db;
    }

    /** The database is this workstation's kept choice (docs/decisions/0020): Pengaturan → Tentang offers to change it. */
    public void chosenBy(id.kalbarprov.loket.core.database.WorkstationSetup workstation) {
        this.workstation = workstation;
    }

    public Clock clock() {
        return clock;
    }

    public SettingsStore settings() {
        return settings;
    }

    public ReferenceStore reference() {
        return reference;
    }

    public LetterStore letters() {
        return letters;
    }

    public IntakeService intake() {
        return intake;
    }

    /** Corrections of registered letters (decision 0021). */
    public LetterCorrectionService corrections() {
        return corrections;
    }

    public OperatorService operators() {
        return operators;
    }

    public AuditService audit() {
        return audit;
    }

    /** Complaints: Beranda's counts ({@code counts()}) and a request's complaints ({@code forLetter}). */
    public ComplaintStore complaints() {
        return complaints;
    }

    public ComplaintService complaintService() {
        return complaintService;
    }

    public RequestStore requests() {
        return requests;
    }

    public RequestWorkflow workflow() {
        return workflow;
    }

    /** Reply letters to complaints, in the outgoing register (decision 0011). */
    public ComplaintReplyService complaintReplies() {
        return complaintReplies;
    }

    /** Outgoing letters: settings, templates, issuing and the register (decision 0014). */
    public OutgoingLetterService outgoing() {
        return outgoing;
    }

    public BackupService backups() {
        return backups;
    }

    /** Satisfaction questionnaires and the index (issue 15). */
    public SurveyService surveys() {
        return surveys;
    }

    /** The service report of a period (issue 15). */
    public ReportService reports() {
        return reports;
    }

    /** The Admin's setup checklist on Beranda, worked out from the database, the settings and the disks. */
    public SetupService setup() {
        SetupFactsStore facts = new SetupFactsStore(db);
        return new SetupService(a -> new SetupChecklist.Facts(signerComplete(), Set.copyOf(holidays.years()),
                facts.officeSaved(), facts.backupPlace(backups.settings().folder()),
                operators.list(a).stream().filter(Operator::active).flatMap(o -> o.roles().stream())
                        .collect(java.util.stream.Collectors.toCollection(() -> EnumSet.noneOf(Role.class)))),
                clock);
    }

    private boolean signerComplete() {
        try {
            outgoing.signerAsStored().validate(LocalDate.now(clock));
            return true;
        } catch (RuntimeException incomplete) {
            return false;
        }
    }

    /** Receipts (tanda terima) of incoming letters (issue 14). */
    public id.kalbarprov.loket.core.receipt.ReceiptService receipts() {
        return receipts;
    }

    /** Scanned letters attached to incoming letters (issue 14). */
    public id.kalbarprov.loket.core.attachments.AttachmentService attachments() {
        return attachments;
    }

    /** The holiday table (Pengaturan → Hari Libur); a change here drops the cached calendar. */
    public HolidayService holidays() {
        return holidays;
    }

    /** The signed-in operator. */
    public Actor actor() {
        return actor;
    }

    public void signIn(Actor signedIn) {
        this.actor = signedIn;
    }

    /**
     * The calendar as the database defines it: cached, dropped at once when holidays or office hours
     * are edited here, re-read within {@link #REFERENCE_MAX_AGE} when another workstation edits them.
     */
    public WorkingCalendar calendar() {
        return calendarCache.get();
    }

    /** The main window with every screen wired. */
    public MainWindow mainWindow(I18n i18n, TaskRunner runner, DialogService dialogs, String operator) {
        Map<NavItem, Function<Navigator, Screen>> screens = new EnumMap<>(NavItem.class);
        // Beranda, with the complaints section below the requests' counts (refreshed with it).
        screens.put(NavItem.BERANDA, nav -> new DashboardView(i18n, new DashboardViewModel(
                new DashboardStore(db, this::calendar, clock)::load, runner, nav, clock, dialogs::unexpected),
                List.of(new SetupChecklistView(i18n, new SetupChecklistViewModel(() -> setup().checklist(actor()),
                        runner, dialogs::unexpected, nav::openSettings))),
                List.of(new ComplaintsSummaryView(i18n, new ComplaintsSummaryViewModel(complaints::counts, runner,
                        dialogs::unexpected), () -> nav.show(NavItem.PENGADUAN)))));
        screens.put(NavItem.SURAT_MASUK, nav -> suratMasuk(i18n, runner, dialogs));
        WorkflowServices flow = new WorkflowServices(workflow, requests, this::actor, clock);
        screens.put(NavItem.KAJIAN, nav -> new ReviewView(i18n, new ReviewViewModel(flow, runner, dialogs, i18n)));
        screens.put(NavItem.PROSES, nav -> new ProcessingView(i18n, new ProcessingViewModel(flow, runner, dialogs, i18n)));
        screens.put(NavItem.PENGADUAN, nav -> new ComplaintsView(i18n, new ComplaintsContext(complaints,
                complaintService, reference, letters, this::actor, this::calendar, clock, runner, dialogs, i18n,
                new ComplaintReplies(complaintReplies, outgoing, new LetterPdf(), Printing.system()))));
        screens.put(NavItem.SURAT_KONFIRMASI, nav -> new LettersView(i18n, new LettersViewModel(outgoing,
                new LetterPdf(), Printing.system(), this::actor, clock, runner, dialogs, i18n)));
        screens.put(NavItem.SURVEI, nav -> surveyScreen(i18n, runner, dialogs));
        screens.put(NavItem.LAPORAN, nav -> new ReportView(i18n, new ReportViewModel(reports, outgoing::settings,
                this::actor, runner, dialogs, i18n, clock)));
        screens.put(NavItem.STANDAR_PELAYANAN, nav -> new StandardsView(i18n, new StandardsViewModel(
                () -> new StandardsViewModel.Catalogue(reference.services(), reference.complaintChannels(),
                        reference.complaintCategories()), runner, dialogs::unexpected)));
        screens.put(NavItem.PENGATURAN, nav -> new SettingsView(i18n, settingsTabs(i18n, runner, dialogs)));
        MainWindow window = new MainWindow(i18n, screens, operator);
        liveDesk(window);
        return window;
    }

    /** How the screens ask for scan files: a FileChooser; tests put a fixed list here. */
    public static Function<I18n, Function<javafx.stage.Window, List<Path>>> chooseScans =
            id.kalbarprov.loket.ui.register.AttachmentsView::fileChooser;

    /** How Pengaturan → Pemindai asks for a folder: a DirectoryChooser; tests put a fixed folder here. */
    public static Function<I18n, Function<javafx.stage.Window, Optional<Path>>> chooseFolder =
            id.kalbarprov.loket.ui.intake.ScanFolderView::folderChooser;

    /** How a PDF is saved (receipts): a FileChooser; tests put a fixed file here. */
    public static Function<I18n, java.util.function.BiFunction<javafx.stage.Window, String, Optional<Path>>> chooseSave =
            id.kalbarprov.loket.ui.register.LetterPaperView::saveChooser;

    /** How receipts and disposition sheets are printed: the system's printers; tests stand in for them. */
    public static Printing printing = Printing.system();

    /** How Verifikasi surat asks for a PDF: a FileChooser; tests put a fixed file here. */
    public static Function<I18n, Function<javafx.stage.Window, Optional<Path>>> choosePdf =
            id.kalbarprov.loket.ui.letters.VerifyView::pdfChooser;

    /** How Pengaturan → Buku Agenda Lama asks for the book: a FileChooser; tests put a fixed file here. */
    public static Function<I18n, Function<javafx.stage.Window, Optional<Path>>> chooseBook =
            id.kalbarprov.loket.ui.settings.AgendaImportView::fileChooser;

    private ChangeWatcher watcher;
    private Runnable unsubscribe;

    /**
     * Live desks: {@code window}'s current screen refreshes when the database changes here or at
     * another desk (within about a second), in place of the window built before it (sign-in again).
     */
    private synchronized void liveDesk(MainWindow window) {
        if (watcher == null) {
            watcher = new ChangeWatcher(db);
        }
        if (unsubscribe != null) {
            unsubscribe.run();
        }
        Runnable changes = watcher.subscribe(window::dataChanged);
        Runnable connection = watcher.watchConnection(window::connection);
        unsubscribe = () -> {
            changes.run();
            connection.run();
        };
    }

    /** Stops watching the database (the app closes). */
    public synchronized void stopWatching() {
        if (watcher != null) {
            watcher.close();
            watcher = null;
        }
    }

    /** Survei Kepuasan: typing paper questionnaires, today's list, and kiosk mode for visitors. */
    private SurveyEntryView surveyScreen(I18n i18n, TaskRunner runner, DialogService dialogs) {
        SurveyEntryViewModel vm = new SurveyEntryViewModel(surveys, serviceCache::get, this::actor, runner, dialogs,
                i18n, clock);
        SurveyEntryView[] view = new SurveyEntryView[1];
        view[0] = new SurveyEntryView(i18n, vm, owner -> {
            KioskViewModel kiosk = new KioskViewModel(surveys, operators, serviceCache::get, actor, runner, i18n, clock);
            KioskWindow.open(owner, new KioskView(i18n, kiosk), kiosk, view[0]::onShow);
        });
        return view[0];
    }

    /** Surat Masuk: the register (Buku Agenda), the registration form and the letter detail. */
    private SuratMasukScreen suratMasuk(I18n i18n, TaskRunner runner, DialogService dialogs) {
        RegisterViewModel registerVm = new RegisterViewModel(new RegisterViewModel.Source() {
            @Override
            public Page<LetterRow> search(LetterFilter filter, int offset, int limit) {
                return letters.search(filter, offset, limit);
            }

            @Override
            public Total count(LetterFilter filter) {
                return letters.count(filter);
            }

            @Override
            public Optional<LetterDetail> detail(long id) {
                return letters.detail(id);
            }

            @Override
            public List<ServiceStandard> services() {
                return reference.services();
            }

            @Override
            public List<Agency> agencies() {
                return reference.agencies();
            }

            @Override
            public WorkingCalendar calendar() {
                return Loket.this.calendar();
            }
        }, runner, clock, dialogs::unexpected);
        id.kalbarprov.loket.ui.intake.ScanTrayViewModel tray = new id.kalbarprov.loket.ui.intake.ScanTrayViewModel(
                attachments, scanFolder, runner, dialogs, i18n, clock);
        IntakeViewModel intakeVm = new IntakeViewModel(intake, this::actor,
                () -> new IntakeViewModel.Reference(reference.services(), reference.agencies()),
                letters::nextAgendaNumber, runner, dialogs, i18n, clock, tray);
        CorrectionViewModel correctionVm = new CorrectionViewModel(corrections, this::actor, reference::agencies,
                runner, dialogs, i18n);
        id.kalbarprov.loket.ui.register.ReceiptViewModel receiptVm = new id.kalbarprov.loket.ui.register.ReceiptViewModel(
                receipts, runner, dialogs, i18n);
        intakeVm.lastRegistered().addListener((o, was, done) -> {
            if (done != null && intakeVm.receiptAfterSave().get()) {
                receiptVm.show(done.id(), done.agendaNumber());
            }
        });
        // The printer a clerk chose for receipts and disposition sheets, kept for every letter's detail.
        javafx.beans.property.StringProperty paperPrinter = new javafx.beans.property.SimpleStringProperty();
        SuratMasukScreen screen = new SuratMasukScreen(i18n, new RegisterView(i18n, registerVm), registerVm,
                new IntakeView(i18n, intakeVm, chooseScans.apply(i18n)), correctionVm, d -> new javafx.scene.layout.VBox(
                        new id.kalbarprov.loket.ui.register.LetterPaperView(i18n, new id.kalbarprov.loket.ui.register
                                .ReceiptViewModel(receipts, printing, paperPrinter, runner, dialogs, i18n), d, chooseSave.apply(i18n)).view(),
                        new id.kalbarprov.loket.ui.register.AttachmentsView(i18n,
                                new id.kalbarprov.loket.ui.register.AttachmentsViewModel(attachments, this::actor, runner,
                                        dialogs, i18n), chooseScans.apply(i18n)).show(d.row().id())));
        intakeVm.onSaved(screen::refreshRegister);
        screen.offerAgendaBook(new id.kalbarprov.loket.ui.register.AgendaBookView(i18n,
                new id.kalbarprov.loket.ui.register.AgendaBookViewModel(agendaBook(i18n), runner, dialogs, i18n, clock),
                chooseSave.apply(i18n)).view());
        return screen;
    }

    /** The Buku Agenda of a period as XLSX or PDF/A (Surat Masuk → Buku Agenda), states in the screen's words. */
    private id.kalbarprov.loket.core.register.AgendaBookExport agendaBook(I18n i18n) {
        return new id.kalbarprov.loket.core.register.AgendaBookExport(letters, () -> outgoing.settings().letterhead(),
                java.util.Map.of(id.kalbarprov.loket.core.register.AgendaBookExport.Format.XLSX,
                        new id.kalbarprov.loket.documents.AgendaBookXlsx(),
                        id.kalbarprov.loket.core.register.AgendaBookExport.Format.PDF,
                        new id.kalbarprov.loket.documents.AgendaBookPdf()),
                s -> i18n.of("state", s), clock);
    }

    /** The tabs of Pengaturan, in order; each feature adds its own. */
    private List<SettingsTab> settingsTabs(I18n i18n, TaskRunner runner, DialogService dialogs) {
        List<SettingsTab> tabs = new ArrayList<>();
        if (actor.can(Permission.MANAGE_SETTINGS)) {
            tabs.add(new SettingsTab("settings-office", "office.tab", new OfficeSettingsView(i18n,
                    new OfficeSettingsViewModel(new OfficeSettingsService(new OfficeSettingsStore(db, calendarCache::invalidate)), this::actor,
                            runner, dialogs, i18n))));
        }
        if (actor.can(Permission.MANAGE_HOLIDAYS)) {
            tabs.add(new SettingsTab("settings-holidays", "holidays.tab", new HolidaysView(i18n, new HolidaysViewModel(
                    holidays, this::actor, runner, dialogs, i18n, clock),
                    HolidaysView.fileChooser(i18n))));
        }
        if (actor.can(Permission.MANAGE_OPERATORS)) {
            tabs.add(new SettingsTab("tab-operators", "operators.tab", new OperatorsView(i18n,
                    new OperatorsViewModel(operators, this::actor, runner, dialogs, i18n))));
        }
        if (actor.can(Permission.MANAGE_SETTINGS)) {
            tabs.add(new SettingsTab("tab-security", "security.tab", new SecuritySettingsView(i18n,
                    new SecuritySettingsViewModel(new SecuritySettingsService(new SecuritySettingsStore(db)),
                            this::actor, runner, dialogs, i18n))));
        }
        if (actor.can(Permission.REGISTER_LETTER) || actor.can(Permission.MANAGE_SETTINGS)) {
            tabs.add(new SettingsTab("settings-scanner", "scanFolder.tab", new id.kalbarprov.loket.ui.intake.ScanFolderView(
                    i18n, new id.kalbarprov.loket.ui.intake.ScanFolderViewModel(scanFolderSetting, scanFolder::invalidate,
                            this::actor, runner, dialogs, i18n), chooseFolder.apply(i18n))));
        }
        tabs.add(new SettingsTab("settings-verify", "verify.tab", new id.kalbarprov.loket.ui.letters.VerifyView(i18n,
                new id.kalbarprov.loket.ui.letters.VerifyViewModel(new id.kalbarprov.loket.core.letters.VerificationService(
                        new id.kalbarprov.loket.store.VerificationStore(db),
                        id.kalbarprov.loket.documents.VerificationCodes::read), runner, dialogs, i18n),
                choosePdf.apply(i18n))));
        tabs.add(new SettingsTab("tab-own-password", "password.tab",
                new id.kalbarprov.loket.ui.signin.OwnPasswordScreen(i18n, operators, actor, runner, dialogs)));
        if (actor.can(Permission.VIEW_AUDIT)) {
            tabs.add(new SettingsTab("tab-audit", "audit.tab", new AuditView(i18n,
                    new AuditViewModel(audit, reference(), this::actor, runner,
                            id.kalbarprov.loket.ui.common.Refusal.orUnexpected(i18n, dialogs, "access.denied.title"), i18n))));
        }
        if (actor.can(Permission.MANAGE_SETTINGS)) {
            tabs.add(new SettingsTab("settings-agenda-import", "agendaImport.tab",
                    new id.kalbarprov.loket.ui.settings.AgendaImportView(i18n, new id.kalbarprov.loket.ui.settings
                            .AgendaImportViewModel(new id.kalbarprov.loket.core.agendaimport.AgendaImportService(
                                    new id.kalbarprov.loket.store.AgendaImportStore(db), reference::agencies,
                                    reference::services, clock), this::actor, runner, dialogs, i18n),
                            chooseBook.apply(i18n))));
        }
        if (actor.can(Permission.MANAGE_TEMPLATES)) {
            tabs.add(new SettingsTab("settings-templates", "templates.tab", new TemplatesView(i18n,
                    new TemplatesViewModel(outgoing, new LetterPdf(), this::actor, runner, dialogs, i18n))));
        }
        if (actor.can(Permission.MANAGE_SETTINGS)) {
            tabs.add(new SettingsTab("settings-signer", "letterSigner.tab", new SignerView(i18n,
                    new SignerViewModel(outgoing, this::actor, runner, dialogs, i18n))));
        }
        if (actor.can(Permission.BACKUP_RESTORE)) {
            tabs.add(new SettingsTab("settings-backup", "backup.tab", new BackupView(i18n,
                    new BackupViewModel(backups, this::actor, runner, dialogs, i18n, javafx.application.Platform::exit))));
        }
        tabs.add(new SettingsTab("tab-about", "about.tab", new AboutView(i18n, new AboutViewModel(i18n, about(), workstation, runner, dialogs))));
        return tabs;
    }

    /** Pengaturan → Tentang: this build and where it runs (also in loket.log at every start). */
    private List<AboutViewModel.Fact> about() {
        BuildInfo build = BuildInfo.current();
        String built = build.built().map(at -> {
            java.time.LocalDateTime local = java.time.LocalDateTime.ofInstant(at, clock.getZone());
            return id.kalbarprov.loket.core.text.IndonesianDates.longDate(local.toLocalDate())
                    + String.format(", %02d.%02d", local.getHour(), local.getMinute());
        }).orElse("-");
        String logDir = System.getProperty("loket.logdir");
        return List.of(
                new AboutViewModel.Fact("about.version", build.version()),
                new AboutViewModel.Fact("about.built", built),
                new AboutViewModel.Fact("about.java", System.getProperty("java.runtime.version") + " ("
                        + System.getProperty("java.vendor") + "), " + System.getProperty("java.home")),
                new AboutViewModel.Fact("about.javafx", System.getProperty("javafx.runtime.version", "-")),
                new AboutViewModel.Fact("about.os", System.getProperty("os.name") + " "
                        + System.getProperty("os.version") + " (" + System.getProperty("os.arch") + ")"),
                new AboutViewModel.Fact("about.database", db.location() instanceof DbLocation.Server s ? s.display()
                        : db.file().toAbsolutePath().toString()),
                new AboutViewModel.Fact("about.log", logDir == null ? "-" : Path.of(logDir, "loket.log").toString()));
    }
}
