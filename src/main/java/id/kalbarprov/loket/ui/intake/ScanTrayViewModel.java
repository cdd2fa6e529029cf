package id.kalbarprov.loket.ui.intake;

import id.kalbarprov.loket.core.attachments.AttachmentPort;
import id.kalbarprov.loket.core.attachments.AttachmentService;
import id.kalbarprov.loket.core.attachments.ScanFile;
import id.kalbarprov.loket.core.attachments.ScanFolder;
import id.kalbarprov.loket.core.attachments.ScanKind;
import id.kalbarprov.loket.core.attachments.ScanRefusedException;
import id.kalbarprov.loket.ui.common.DialogService;
import id.kalbarprov.loket.ui.common.I18n;
import id.kalbarprov.loket.ui.common.TaskRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The scans going with the letter being registered: files the clerk chose ("Lampirkan pindaian…") or
 * took from the scan folder's offers. Each is checked when chosen (kind by content, size, opens), so a
 * bad file is named at once; they are stored with the letter, in the registration's transaction.
 */
public final class ScanTrayViewModel {

    /** How far back the scan folder's files count as new when the form opens. */
    public static final Duration RECENT = Duration.ofMinutes(30);

    /** A checked and hashed file waiting for the registration (read, checked and hashed once). */
    public record Pending(AttachmentPort.NewScan scan) {
        public String name() {
            return scan.fileName();
        }

        public ScanKind kind() {
            return scan.kind();
        }

        public long size() {
            return scan.content().length;
        }
    }

    private final AttachmentService service;
    private final Supplier<Optional<Path>> folder;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final I18n i18n;
    private final Clock clock;
    private final ObservableList<Pending> pending = FXCollections.observableArrayList();
    private final ObservableList<ScanFolder.Found> offered = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");
    /** Scan-folder files taken or attached already (path and time written): never offered again. */
    private final Set<String> handled = new HashSet<>();
    private final Instant since;
    private boolean polling;

    public ScanTrayViewModel(AttachmentService service, Supplier<Optional<Path>> folder, TaskRunner runner,
                             DialogService dialogs, I18n i18n, Clock clock) {
        this.service = service;
        this.folder = folder;
        this.runner = runner;
        this.dialogs = dialogs;
        this.i18n = i18n;
        this.clock = clock;
        this.since = clock.instant().minus(RECENT);
    }

    /** Reads and checks {@code files}; the good ones join the tray, a refused one is named. */
    public void add(List<Path> files) {
        if (files == null || files.isEmpty()) {
            return;
        }
        runner.run(() -> {
            List<Object> results = new ArrayList<>();
            for (Path p : files) {
                try {
                    ScanFile f = AttachmentService.read(p);
                    results.add(new Pending(service.prepare(List.of(f)).get(0)));
                } catch (ScanRefusedException e) {
                    results.add(e);
                }
            }
            return results;
        }, results -> {
            List<String> refused = new ArrayList<>();
            for (Object r : results) {
                if (r instanceof Pending p) {
                    String sha = p.scan().sha256();
                    boolean twice = pending.stream().anyMatch(x -> x.scan().sha256().equals(sha));
                    if (!twice) {
                        pending.add(p);
                    }
                } else if (r instanceof ScanRefusedException e) {
                    refused.add(i18n.t(e.problem().key(), e.fileName()));
                }
            }
            message.set(String.join(" ", refused));
            if (!refused.isEmpty()) {
                dialogs.error(i18n.t("attachments.refused.title"), String.join("\n", refused));
            }
        }, dialogs::unexpected);
    }

    /** Takes an offered scan-folder file into the tray. */
    public void take(ScanFolder.Found f) {
        handled.add(key(f));
        offered.remove(f);
        add(List.of(f.path()));
    }

    /** Drops a file from the tray (before saving). */
    public void remove(Pending p) {
        pending.remove(p);
    }

    /** Looks into the scan folder for new files (off the FX thread); the form calls this every few seconds. */
    public void poll() {
        if (polling) {
            return;
        }
        polling = true;
        Instant from = since;
        runner.run(() -> folder.get().map(dir -> ScanFolder.recent(dir, from)).orElse(List.of()), found -> {
            polling = false;
            List<ScanFolder.Found> fresh = found.stream().filter(f -> !handled.contains(key(f))).toList();
            if (!fresh.equals(offered)) {
                offered.setAll(fresh);
            }
        }, e -> polling = false);
    }

    private static String key(ScanFolder.Found f) {
        return f.path().toAbsolutePath() + "@" + f.modified().toEpochMilli();
    }

    /** The checked scans to register with the letter, in one transaction with it. */
    public List<AttachmentPort.NewScan> scans() {
        return pending.stream().map(Pending::scan).toList();
    }

    /** A refused scan, named at the tray (the letter was not registered). */
    void refused(ScanRefusedException e) {
        message.set(i18n.t(e.problem().key(), e.fileName()));
    }

    /** Empties the tray after a registration or a cancel (files taken from the folder are not offered again). */
    public void clear() {
        pending.clear();
        message.set("");
    }

    public ObservableList<Pending> pending() {
        return pending;
    }

    public ObservableList<ScanFolder.Found> offered() {
        return offered;
    }

    public StringProperty message() {
        return message;
    }

}
