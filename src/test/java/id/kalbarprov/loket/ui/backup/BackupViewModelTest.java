package id.kalbarprov.loket.ui.backup;

import static org.assertj.core.api.Assertions.assertThat;

import id.kalbarprov.loket.core.auth.Actor;
import id.kalbarprov.loket.core.auth.Role;
import id.kalbarprov.loket.core.backup.BackupService;
import id.kalbarprov.loket.store.BackupStore;
import id.kalbarprov.loket.store.Database;
import id.kalbarprov.loket.store.DemoData;
import id.kalbarprov.loket.ui.FxTestSupport;
import id.kalbarprov.loket.ui.common.I18n;
import id.kalbarprov.loket.ui.common.TaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupViewModelTest {

    static final Actor ADMIN = new Actor(1, "admin", "Admin Loket", Set.of(Role.ADMIN));

    @TempDir
    Path dir;
    Database db;
    FxTestSupport.RecordingDialogs dialogs = new FxTestSupport.RecordingDialogs();
    AtomicBoolean closed = new AtomicBoolean();
    Actor actor = ADMIN;
    BackupViewModel vm;

    @BeforeEach
    void setUp() {
        db = Database.open(dir.resolve("loket.db"));
        DemoData.write(db, 12, 1, LocalDate.of(2026, 11, 20));
        vm = new BackupViewModel(new BackupService(new BackupStore(db), FxTestSupport.clock()), () -> actor,
                TaskRunner.direct(), dialogs, new I18n(I18n.INDONESIAN), () -> closed.set(true));
        vm.load();
    }

    @Test
    void showsTheDefaultsAndRefusesABadKeepUnderTheField() {
        assertThat(vm.folder().get()).isEqualTo(dir.resolve("cadangan"));
        assertThat(vm.keep().get()).isEqualTo("14");
        vm.keep().set("nol");
        vm.save();
        assertThat(vm.keepError().get()).isEqualTo("Isi angka antara 1 dan 365.");
        assertThat(dialogs.shown).isEmpty();
    }

    @Test
    void aMissingFolderIsExplainedThenBackupNowWritesAndListsIt() throws Exception {
        vm.chooseFolder(dir.resolve("usb"));
        vm.backupNow();
        assertThat(dialogs.shown).singleElement().asString()
                .startsWith("error: Cadangan gagal: Folder cadangan tidak ditemukan. Pastikan flashdisk terpasang");
        Path usb = Files.createDirectories(dir.resolve("usb"));
        vm.keep().set("3");
        vm.backupNow();
        assertThat(vm.status().get()).isEqualTo("Cadangan dibuat dan diperiksa: loket-20261123-100000.db ("
                + vm.size(vm.backups().get(0)) + ").");
        assertThat(vm.backups()).singleElement().satisfies(b -> {
            assertThat(b.file().getParent()).isEqualTo(usb);
            assertThat(vm.date(b)).isEqualTo("23-11-2026 10.00");
        });
        assertThat(BackupStore.readSettings(db.file()).keep()).isEqualTo(3);
    }

    @Test
    void restoreAsksFirstThenTellsTheAppClosesAndOnlyAdminMay() throws Exception {
        vm.chooseFolder(Files.createDirectories(dir.resolve("usb")));
        vm.backupNow();
        vm.selected().set(vm.backups().get(0));
        dialogs.answer = false;
        vm.restoreSelected();
        assertThat(closed).isFalse();
        assertThat(dir).isDirectoryNotContaining("glob:**before-restore*");

        actor = new Actor(2, "siti", "Siti", Set.of(Role.PETUGAS_LOKET));
        dialogs.answer = true;
        vm.restoreSelected();
        assertThat(dialogs.shown.get(dialogs.shown.size() - 1))
                .isEqualTo("error: Pemulihan gagal: Hanya Admin yang boleh membuat dan memulihkan cadangan.\n"
                        + "Hak yang diperlukan: Mencadangkan dan memulihkan database. Bila peran Anda baru saja diubah oleh Administrator, menu sudah disesuaikan dengan peran Anda sekarang.");
        assertThat(closed).isFalse();

        actor = ADMIN;
        vm.restoreSelected();
        assertThat(dialogs.shown.get(dialogs.shown.size() - 1)).startsWith(
                "info: Database dipulihkan: Database dipulihkan dari cadangan 23-11-2026 10.00. Database sebelumnya "
                        + "disimpan sebagai loket.db.before-restore-20261123-100000. Aplikasi akan ditutup sekarang");
        assertThat(closed).isTrue();
    }
}
