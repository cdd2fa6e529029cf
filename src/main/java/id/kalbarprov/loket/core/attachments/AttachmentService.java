package id.kalbarprov.loket.core.attachments;

import id.kalbarprov.loket.core.auth.Actor;
import id.kalbarprov.loket.core.auth.Permission;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * Scanned letters (issue 14): PDF, JPEG or PNG up to 20 MB each, told by their content; a PDF with a
 * password or a file that cannot be opened is refused with the file's name. Several files attach
 * together or not at all. Stored content-addressed by SHA-256 (the same file twice is stored once).
 */
public final class AttachmentService {

    /** 20 MB per file (20 × 1024 × 1024 bytes). */
    public static final long MAX_BYTES = 20L * 1024 * 1024;

    private final AttachmentPort store;
    private final ScanReader reader;
    private final Clock clock;

    public AttachmentService(AttachmentPort store, ScanReader reader, Clock clock) {
        this.store = store;
        this.reader = reader;
        this.clock = clock;
    }

    /**
     * Reads {@code file} from the disk as a scan to attach (the size is checked before the bytes are read).
     *
     * @throws ScanRefusedException UNREADABLE, TOO_LARGE or EMPTY
     */
    public static ScanFile read(Path file) {
        String name = ScanFile.cleanName(file.getFileName() == null ? "" : file.getFileName().toString());
        try {
            if (!Files.isRegularFile(file)) {
                throw new ScanRefusedException(ScanProblem.UNREADABLE, name);
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new ScanRefusedException(ScanProblem.TOO_LARGE, name);
            }
            return new ScanFile(name, Files.readAllBytes(file));
        } catch (IOException | SecurityException e) {
            throw new ScanRefusedException(ScanProblem.UNREADABLE, name);
        }
    }

    /**
     * Checks one file as the clerk chooses it (before any saving): its kind by content, its size, and
     * that it opens.
     *
     * @return the kind found
     * @throws ScanRefusedException what is wrong with it
     */
    public ScanKind check(ScanFile file) {
        String name = ScanFile.cleanName(file.fileName());
        byte[] c = file.content();
        if (c.length == 0) {
            throw new ScanRefusedException(ScanProblem.EMPTY, name);
        }
        if (c.length > MAX_BYTES) {
            throw new ScanRefusedException(ScanProblem.TOO_LARGE, name);
        }
        ScanKind kind = ScanKind.sniff(c).orElseThrow(() -> new ScanRefusedException(ScanProblem.NOT_A_SCAN, name));
        reader.check(kind, c, name);
        return kind;
    }

    /**
     * Attaches {@code files} to the letter, all or none, in one transaction with their audit entries.
     *
     * @throws ScanRefusedException the first file refused (nothing saved)
     * @throws id.kalbarprov.loket.core.auth.AccessDeniedException unless the actor may register letters
     */
    public List<Attachment> attach(long letterId, List<ScanFile> files, Actor actor) {
        actor.require(Permission.REGISTER_LETTER);
        List<AttachmentPort.NewScan> scans = prepare(files);
        if (scans.isEmpty()) {
            return List.of();
        }
        return store.attach(letterId, scans, actor.label(), LocalDateTime.now(clock).withNano(0));
    }

    /**
     * Checks every file and hashes it once, ready for the store (the same content twice goes once);
     * used for a registration with its scans, where the letter and the scans are one transaction.
     *
     * @throws ScanRefusedException the first file refused
     */
    public List<AttachmentPort.NewScan> prepare(List<ScanFile> files) {
        List<AttachmentPort.NewScan> scans = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ScanFile f : files) {
            ScanKind kind = check(f);
            String sha = sha256(f.content());
            if (seen.add(sha)) {
                scans.add(new AttachmentPort.NewScan(sha, ScanFile.cleanName(f.fileName()), kind, f.content()));
            }
        }
        return scans;
    }

    /** Attaches to the letter with agenda number {@code agenda} (the {@code attach} command). */
    public List<Attachment> attach(String agenda, List<ScanFile> files, Actor actor) {
        long id = store.letterByAgenda(agenda.strip())
                .orElseThrow(() -> new ScanRefusedException(ScanProblem.NO_LETTER, agenda));
        return attach(id, files, actor);
    }

    /** Longest reason for removing a scan, as for a correction. */
    public static final int MAX_REASON = 2000;

    /**
     * The right removing a scan of this letter needs now, or empty when no one may: the letter is
     * finished (Selesai or Ditolak) or gone. As a correction (decision 0021): {@link Permission#CORRECT_LETTER}
     * until the review starts, {@link Permission#CORRECT_REVIEWED_LETTER} after.
     */
    public java.util.Optional<Permission> detachNeeds(long letterId) {
        return store.letterStatus(letterId).filter(s -> !finished(s)).map(s -> s.reviewStarted()
                ? Permission.CORRECT_REVIEWED_LETTER : Permission.CORRECT_LETTER);
    }

    /** May {@code actor} remove a scan of this letter now (the button shows only then)? */
    public boolean mayDetach(long letterId, Actor actor) {
        return detachNeeds(letterId).map(actor::can).orElse(false);
    }

    private static boolean finished(AttachmentPort.LetterStatus s) {
        return s.state() == id.kalbarprov.loket.core.request.RequestState.SELESAI
                || s.state() == id.kalbarprov.loket.core.request.RequestState.DITOLAK;
    }

    /**
     * Removes a wrongly attached scan from the letter, with the reason, audited with the attachment as
     * it was. Only while the letter is not finished, by whom may correct it now.
     *
     * @throws id.kalbarprov.loket.core.validation.ValidationException the reason is empty or too long (field "reason")
     * @throws ScanRefusedException NO_LETTER, LETTER_FINISHED, or NOT_ATTACHED
     * @throws id.kalbarprov.loket.core.auth.AccessDeniedException without the right the letter needs now
     */
    public void detach(long letterId, Attachment attachment, String reason, Actor actor) {
        AttachmentPort.LetterStatus s = store.letterStatus(letterId)
                .orElseThrow(() -> new ScanRefusedException(ScanProblem.NO_LETTER, String.valueOf(letterId)));
        if (finished(s)) {
            throw new ScanRefusedException(ScanProblem.LETTER_FINISHED, s.agendaNumber());
        }
        actor.require(s.reviewStarted() ? Permission.CORRECT_REVIEWED_LETTER : Permission.CORRECT_LETTER);
        String why = reason == null ? "" : reason.strip();
        new id.kalbarprov.loket.core.validation.Checks().required("reason", why.isEmpty() ? null : why)
                .maxLength("reason", why, MAX_REASON).throwIfAny();
        store.detach(letterId, attachment.id(), why, actor.label(), LocalDateTime.now(clock).withNano(0));
    }

    public List<Attachment> forLetter(long letterId) {
        return store.forLetter(letterId);
    }

    public byte[] content(Attachment a) {
        return store.content(a.sha256());
    }

    public List<AttachmentPort.Listed> all() {
        return store.all();
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A folder-safe name for an agenda number: "0001/SM/2026" becomes "0001_SM_2026" (letters, digits,
     * dot, dash and underscore only; never "." or "..").
     */
    public static String safeName(String agendaNumber) {
        String s = agendaNumber.strip().replaceAll("[^A-Za-z0-9.\\-]+", "_").replaceAll("^[._]+|_+$", "");
        return s.isEmpty() ? "surat" : s;
    }
}
