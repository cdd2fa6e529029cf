package id.kalbarprov.loket;

import id.kalbarprov.loket.core.auth.Actor;
import id.kalbarprov.loket.core.backup.BackupService;
import id.kalbarprov.loket.core.auth.Role;
import id.kalbarprov.loket.core.calendar.WorkingCalendar;
import id.kalbarprov.loket.core.intake.IntakeService;
import id.kalbarprov.loket.store.BackupStore;
import id.kalbarprov.loket.store.Database;
import id.kalbarprov.loket.store.LetterStore;
import id.kalbarprov.loket.store.ReferenceStore;
import id.kalbarprov.loket.store.SettingsStore;
import id.kalbarprov.loket.ui.backup.BackupView;
import id.kalbarprov.loket.ui.backup.BackupViewModel;
import id.kalbarprov.loket.ui.common.DialogService;
import id.kalbarprov.loket.ui.common.I18n;
import id.kalbarprov.loket.ui.common.NotBuiltScreen;
import id.kalbarprov.loket.ui.common.Screen;
import id.kalbarprov.loket.ui.common.TaskRunner;
import id.kalbarprov.loket.ui.settings.SettingsTab;
import id.kalbarprov.loket.ui.settings.SettingsView;
import id.kalbarprov.loket.ui.shell.MainWindow;
import id.kalbarprov.loket.ui.shell.NavItem;
import id.kalbarprov.loket.ui.shell.Navigator;
import id.kalbarprov.loket.ui.standards.StandardsView;
import id.kalbarprov.loket.ui.standards.StandardsViewModel;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The one place that knows everything: opens the store and wires services and screens. */
public final class Loket {

    private final Database db;
    private final Clock clock;
    private final SettingsStore settings;
    private final ReferenceStore reference;
    private final LetterStore letters;
    private final IntakeService intake;
    private final BackupService backups;
    /** Until sign-in exists (issue 6) the app acts as this single desk operator holding every role. */
    private volatile Actor actor = new Actor(0, "admin", "Operator Loket", java.util.EnumSet.allOf(Role.class));

    private Loket(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
        this.settings = new SettingsStore(db);
        this.reference = new ReferenceStore(db);
        this.letters = new LetterStore(db, this::calendar, clock);
        this.intake = new IntakeService(letters,
                id -> reference.services().stream().filter(s -> s.id() == id).findFirst(),
                this::calendar, clock);
        this.backups = new BackupService(new BackupStore(db), clock);
    }

    public static Loket open(Path dbFile, Clock clock) {
        return new Loket(Database.open(dbFile), clock);
    }

    public Database database() {
        return db;
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

    public BackupService backups() {
        return backups;
    }

    /** The signed-in operator. */
    public Actor actor() {
        return actor;
    }

    public void signIn(Actor signedIn) {
        this.actor = signedIn;
    }

    /** The calendar as the database defines it now (holidays are editable, so read each time). */
    public WorkingCalendar calendar() {
        return reference.calendar(settings);
    }

    /** The main window with every screen wired. */
    public MainWindow mainWindow(I18n i18n, TaskRunner runner, DialogService dialogs, String operator) {
        Map<NavItem, Function<Navigator, Screen>> screens = new EnumMap<>(NavItem.class);
        screens.put(NavItem.BERANDA, nav -> new NotBuiltScreen(i18n, "nav.BERANDA", "planned.BERANDA"));
        screens.put(NavItem.SURAT_MASUK, nav -> new NotBuiltScreen(i18n, "nav.SURAT_MASUK", "planned.SURAT_MASUK"));
        screens.put(NavItem.KAJIAN, nav -> new NotBuiltScreen(i18n, "nav.KAJIAN", "planned.KAJIAN"));
        screens.put(NavItem.PROSES, nav -> new NotBuiltScreen(i18n, "nav.PROSES", "planned.PROSES"));
        screens.put(NavItem.SURAT_KONFIRMASI,
                nav -> new NotBuiltScreen(i18n, "nav.SURAT_KONFIRMASI", "planned.SURAT_KONFIRMASI"));
        screens.put(NavItem.PENGADUAN, nav -> new NotBuiltScreen(i18n, "nav.PENGADUAN", "planned.PENGADUAN"));
        screens.put(NavItem.STANDAR_PELAYANAN, nav -> new StandardsView(i18n, new StandardsViewModel(
                () -> new StandardsViewModel.Catalogue(reference.services(), reference.complaintChannels(),
                        reference.complaintCategories()), runner, dialogs::unexpected)));
        screens.put(NavItem.PENGATURAN, nav -> new SettingsView(i18n, settingsTabs(i18n, runner, dialogs)));
        return new MainWindow(i18n, screens, operator);
    }

    /** The tabs of Pengaturan, in order; each feature adds its own. */
    private List<SettingsTab> settingsTabs(I18n i18n, TaskRunner runner, DialogService dialogs) {
        List<SettingsTab> tabs = new ArrayList<>();
        tabs.add(new SettingsTab("settings-backup", "backup.tab", new BackupView(i18n,
                new BackupViewModel(backups, this::actor, runner, dialogs, i18n, javafx.application.Platform::exit))));
        return tabs;
    }
}
