package id.kalbarprov.loket.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import id.kalbarprov.loket.Loket;
import id.kalbarprov.loket.core.backup.BackupService;
import id.kalbarprov.loket.core.backup.BackupSettings;
import id.kalbarprov.loket.ui.backup.BackupViewModel;
import id.kalbarprov.loket.ui.common.TaskRunner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * Pengaturan → Cadangan: the folder (picked in a folder chooser: an existing folder, one not there yet such
 * as an unplugged USB disk, or cancelled) and how many backups to keep (typed), through
 * {@link BackupViewModel#save}.
 */
final class BackupForm extends VmForm {

    private static final List<String> BAD_KEEP = List.of("", " ", "0", "-1", "366", "abc", "1e3", "14.0", "1,5",
            "99999999999", "2147483648", "-2147483649", "📦", "'; DROP TABLE setting; --", "14 hari", "0x10", "seratus");
    private static final List<String> GOOD_KEEP = List.of("1", "14", " 30 ", "365", "+7", "007", "٣", "２");

    private final Loket loket;
    private final BackupViewModel vm;
    private final List<Path> folders;
    private Path typedFolder;
    private int typedKeep;

    BackupForm(Loket loket, Path dir) {
        super(loket.database());
        this.loket = loket;
        vm = new BackupViewModel(loket.backups(), loket::actor, TaskRunner.direct(), dialogs, i18n,
                () -> { throw new AssertionError("the app was closed"); });
        vm.load();
        try {
            folders = List.of(Files.createDirectories(dir.resolve("cadangan")),
                    Files.createDirectories(dir.resolve("USB 📁 Diskominfo")), dir.resolve("belum-dicolok/cadangan"),
                    dir.resolve("relatif").toAbsolutePath());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String name() {
        return "backup settings";
    }

    @Override
    public Filled fill(Random r) {
        Set<String> bad = new TreeSet<>();
        if (r.nextInt(4) > 0) {
            vm.chooseFolder(pick(r, folders));
        } else {
            vm.chooseFolder(null); // the chooser was cancelled: the folder stays
        }
        typedFolder = vm.folder().get();
        String keep;
        if (r.nextBoolean()) {
            keep = pick(r, BAD_KEEP);
            bad.add(BackupService.KEEP);
        } else {
            keep = r.nextInt(3) == 0 ? pick(r, GOOD_KEEP) : String.valueOf(1 + r.nextInt(BackupSettings.MAX_KEEP));
            typedKeep = Integer.parseInt(keep.strip()); // any digits, as Integer.parseInt reads them
        }
        vm.keep().set(keep);
        return new Filled(bad, "folder " + typedFolder + " / keep " + keep);
    }

    @Override
    public void submit() {
        vm.save();
    }

    @Override
    public Map<String, String> fieldMessages() {
        Map<String, String> m = new HashMap<>();
        if (!vm.folderError().get().isEmpty()) {
            m.put(BackupService.FOLDER, vm.folderError().get());
        }
        if (!vm.keepError().get().isEmpty()) {
            m.put(BackupService.KEEP, vm.keepError().get());
        }
        return m;
    }

    @Override
    public Set<String> shownFields() {
        return Set.of(BackupService.FOLDER, BackupService.KEEP);
    }

    @Override
    public Map<String, Object> state() {
        Map<String, Object> m = read();
        m.put("backup settings", loket.backups().settings());
        return m;
    }

    @Override
    public void checkSaved(Filled filled) {
        BackupSettings s = loket.backups().settings();
        assertThat(s.folder()).isEqualTo(typedFolder.toAbsolutePath());
        assertThat(s.keep()).isEqualTo(typedKeep);
        assertThat(vm.status().get()).isNotBlank();
    }
}
