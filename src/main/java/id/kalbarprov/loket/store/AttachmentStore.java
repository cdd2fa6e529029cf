package id.kalbarprov.loket.store;

import id.kalbarprov.loket.core.attachments.Attachment;
import id.kalbarprov.loket.core.attachments.AttachmentPort;
import id.kalbarprov.loket.core.attachments.AttachmentService;
import id.kalbarprov.loket.core.attachments.ScanKind;
import id.kalbarprov.loket.core.attachments.ScanProblem;
import id.kalbarprov.loket.core.attachments.ScanRefusedException;
import id.kalbarprov.loket.core.request.RequestState;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Scanned letters on both backends (V63): each distinct file once in attachment_blob, keyed by its
 * SHA-256; a link per letter and file in letter_attachment. Only {@link #content} reads the bytes.
 */
public final class AttachmentStore implements AttachmentPort {

    private static final String COLUMNS = "id, letter_id, sha256, file_name, media_type, size, added_by, added_at";

    private final Jdbi jdbi;

    public AttachmentStore(Database db) {
        this.jdbi = db.jdbi();
    }

    @Override
    public Optional<Long> letterByAgenda(String agendaNumber) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id FROM letter WHERE agenda_number = ? ORDER BY id LIMIT 1")
                .bind(0, agendaNumber).mapTo(Long.class).findOne());
    }

    @Override
    public Optional<String> agendaOf(long letterId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT agenda_number FROM letter WHERE id = ?")
                .bind(0, letterId).mapTo(String.class).findOne());
    }

    @Override
    public List<Attachment> attach(long letterId, List<NewScan> scans, String actor, LocalDateTime at) {
        return jdbi.inTransaction(h -> attach(h, letterId, scans, actor, at));
    }

    /**
     * Attaches within the open transaction {@code h} (also the registration's, so a letter and its
     * scans are saved together or not at all). A scan over the size limit is refused here too.
     */
    static List<Attachment> attach(Handle h, long letterId, List<NewScan> scans, String actor, LocalDateTime at) {
        if (h.createQuery("SELECT count(*) FROM letter WHERE id = ?").bind(0, letterId)
                .mapTo(Integer.class).one() == 0) {
            throw new ScanRefusedException(ScanProblem.NO_LETTER, String.valueOf(letterId));
        }
        List<Attachment> added = new ArrayList<>();
        for (NewScan s : scans) {
            if (s.content().length == 0 || s.content().length > AttachmentService.MAX_BYTES) {
                throw new ScanRefusedException(s.content().length == 0 ? ScanProblem.EMPTY : ScanProblem.TOO_LARGE,
                        s.fileName());
            }
            boolean linked = h.createQuery("SELECT count(*) FROM letter_attachment WHERE letter_id = ? AND sha256 = ?")
                    .bind(0, letterId).bind(1, s.sha256()).mapTo(Integer.class).one() > 0;
            if (linked) {
                throw new ScanRefusedException(ScanProblem.ALREADY_ATTACHED, s.fileName());
            }
            h.createUpdate("""
                            INSERT INTO attachment_blob (sha256, size, content) VALUES (?, ?, ?)
                            ON CONFLICT (sha256) DO NOTHING""")
                    .bind(0, s.sha256()).bind(1, s.content().length).bind(2, s.content()).execute();
            long id = h.createUpdate("""
                            INSERT INTO letter_attachment (letter_id, sha256, file_name, media_type, size, added_by, added_at)
                            VALUES (?, ?, ?, ?, ?, ?, ?)""")
                    .bind(0, letterId).bind(1, s.sha256()).bind(2, s.fileName()).bind(3, s.kind().mediaType())
                    .bind(4, s.content().length).bind(5, actor).bind(6, at.toString())
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("attachmentId", id);
            after.put("fileName", s.fileName());
            after.put("mediaType", s.kind().mediaType());
            after.put("size", s.content().length);
            after.put("sha256", s.sha256());
            AuditLog.append(h, actor, "letter", letterId, "attach", null, after);
            added.add(new Attachment(id, letterId, s.sha256(), s.fileName(), s.kind(), s.content().length, actor, at));
        }
        return added;
    }

    @Override
    public Optional<LetterStatus> letterStatus(long letterId) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT l.agenda_number, l.state,
                               (SELECT count(*) FROM request_history r WHERE r.letter_id = l.id
                                  AND r.to_state NOT IN ('BERKAS_BELUM_LENGKAP', 'DITERIMA')) AS reviewed
                        FROM letter l WHERE l.id = ?""")
                .bind(0, letterId).map((rs, ctx) -> {
                    RequestState state = RequestState.valueOf(rs.getString(2));
                    boolean started = rs.getLong(3) > 0
                            || state != RequestState.BERKAS_BELUM_LENGKAP && state != RequestState.DITERIMA;
                    return new LetterStatus(rs.getString(1), state, started);
                }).findOne());
    }

    @Override
    public void detach(long letterId, long attachmentId, String reason, String actor, LocalDateTime at) {
        jdbi.useTransaction(h -> {
            Attachment a = h.createQuery("SELECT " + COLUMNS + " FROM letter_attachment WHERE id = ? AND letter_id = ?")
                    .bind(0, attachmentId).bind(1, letterId).map((rs, ctx) -> attachment(rs)).findOne()
                    .orElseThrow(() -> new ScanRefusedException(ScanProblem.NOT_ATTACHED, String.valueOf(attachmentId)));
            h.createUpdate("DELETE FROM letter_attachment WHERE id = ?").bind(0, attachmentId).execute();
            // the bytes go too when no other letter carries the same file (a wrongly attached scan may be
            // someone else's letter); the audit keeps its name, size and SHA-256
            h.createUpdate("""
                            DELETE FROM attachment_blob WHERE sha256 = ?
                              AND NOT EXISTS (SELECT 1 FROM letter_attachment WHERE sha256 = ?)""")
                    .bind(0, a.sha256()).bind(1, a.sha256()).execute();
            Map<String, Object> before = new LinkedHashMap<>();
            before.put("attachmentId", a.id());
            before.put("fileName", a.fileName());
            before.put("mediaType", a.kind().mediaType());
            before.put("size", a.size());
            before.put("sha256", a.sha256());
            before.put("addedBy", a.addedBy());
            before.put("addedAt", a.addedAt().toString());
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("detachedAttachmentId", a.id());
            after.put("detachReason", reason);
            AuditLog.append(h, actor, "letter", letterId, "detach", before, after);
        });
    }

    @Override
    public List<Attachment> forLetter(long letterId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM letter_attachment WHERE letter_id = ? ORDER BY id")
                .bind(0, letterId).map((rs, ctx) -> attachment(rs)).list());
    }

    @Override
    public byte[] content(String sha256) {
        return jdbi.withHandle(h -> h.createQuery("SELECT content FROM attachment_blob WHERE sha256 = ?")
                .bind(0, sha256).map((rs, ctx) -> rs.getBytes(1)).one());
    }

    @Override
    public List<Listed> all() {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT l.agenda_number, a.id, a.letter_id, a.sha256, a.file_name, a.media_type, a.size, a.added_by,
                               a.added_at
                        FROM letter_attachment a JOIN letter l ON l.id = a.letter_id ORDER BY a.letter_id, a.id""")
                .map((rs, ctx) -> new Listed(rs.getString(1), attachment(rs))).list());
    }

    /**
     * How many links and blobs there are, the blobs whose bytes no longer match their SHA-256 key, and
     * the links against the audit: an attachment the audit says is attached (an {@code attach} entry
     * without a later {@code detach}) that is gone or holds other content, and a link with no
     * {@code attach} entry at all (both done behind the app's back).
     */
    public record Health(int links, int blobs, List<String> damaged, List<String> unaudited) {
        public Health(int links, int blobs, List<String> damaged) {
            this(links, blobs, damaged, List.of());
        }
    }

    /** Rehashes every blob, one at a time, and compares the links with the audit (the check command). */
    public static Health health(Handle h) {
        int links = h.createQuery("SELECT count(*) FROM letter_attachment").mapTo(Integer.class).one();
        List<String> keys = h.createQuery("SELECT sha256 FROM attachment_blob ORDER BY sha256").mapTo(String.class).list();
        List<String> damaged = new ArrayList<>();
        for (String key : keys) {
            byte[] c = h.createQuery("SELECT content FROM attachment_blob WHERE sha256 = ?").bind(0, key)
                    .map((rs, ctx) -> rs.getBytes(1)).one();
            if (!AttachmentService.sha256(c).equals(key)) {
                damaged.add(key);
            }
        }
        return new Health(links, keys.size(), damaged, againstAudit(h));
    }

    /** The audit's attachments still attached (id → letter id, SHA-256, name) against the links. */
    private static List<String> againstAudit(Handle h) {
        Map<Long, String[]> audited = new LinkedHashMap<>();
        h.createQuery("""
                        SELECT entity_id, action, after FROM audit_log
                        WHERE entity = 'letter' AND action IN ('attach', 'detach') ORDER BY id""")
                .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
                .forEach(e -> {
                    Map<String, String> after = new LinkedHashMap<>();
                    RecordCheck.fold(after, e[2]);
                    if (e[1].equals("attach") && after.get("attachmentId") != null) {
                        audited.put(Long.parseLong(after.get("attachmentId")),
                                new String[] {e[0], after.get("sha256"), after.get("fileName")});
                    } else if (e[1].equals("detach") && after.get("detachedAttachmentId") != null) {
                        audited.remove(Long.parseLong(after.get("detachedAttachmentId")));
                    }
                });
        List<String> found = new ArrayList<>();
        h.createQuery("""
                        SELECT a.id, a.letter_id, a.sha256, a.file_name, l.agenda_number
                        FROM letter_attachment a LEFT JOIN letter l ON l.id = a.letter_id ORDER BY a.id""")
                .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5)})
                .forEach(r -> {
                    String[] a = audited.remove(Long.parseLong(r[0]));
                    if (a == null) {
                        found.add("lampiran " + r[3] + " (id " + r[0] + ") surat " + r[4]
                                + " tidak punya catatan audit: dimasukkan di luar aplikasi");
                    } else if (!a[0].equals(r[1]) || !a[1].equals(r[2])) {
                        found.add("lampiran " + r[3] + " (id " + r[0] + ") surat " + r[4]
                                + " berbeda dari catatan audit: diubah di luar aplikasi");
                    }
                });
        audited.forEach((id, a) -> found.add("lampiran " + a[2] + " (id " + id + ") surat id " + a[0]
                + " tercatat di audit tetapi tidak ada lagi: dihapus di luar aplikasi"));
        return found;
    }

    private static Attachment attachment(ResultSet rs) throws SQLException {
        return new Attachment(rs.getLong("id"), rs.getLong("letter_id"), rs.getString("sha256"),
                rs.getString("file_name"), ScanKind.ofMediaType(rs.getString("media_type")), rs.getLong("size"),
                rs.getString("added_by"), LocalDateTime.parse(rs.getString("added_at")));
    }
}
