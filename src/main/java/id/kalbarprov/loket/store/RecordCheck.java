package id.kalbarprov.loket.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;

/**
 * The rows themselves against the audit chain (issue 12): each letter's audited fields (agenda
 * number, received_at, subject, state, clock_start, ...) against its last audited state, letters that
 * are gone or were never audited, request_history rows that are missing, each issued letter's PDF
 * bytes against the SHA-256 its audit entry recorded, gaps in the agenda and outgoing numbers, and
 * Loket's triggers that are missing. Streams rows and entries side by side in id order (two cursors,
 * constant memory), so it runs in a small heap at a million letters.
 */
final class RecordCheck {

    /**
     * Who touched a row last and its version: bookkeeping every change moves (the audit entry itself
     * records who and when), not content; a letter's content is its dates, clock, state and words.
     */
    static final java.util.Set<String> BOOKKEEPING = java.util.Set.of("updated_at", "updated_by", "version");

    /** More findings of one kind than this are counted, not listed. */
    static final int LISTED = 50;

    private final Handle h;
    private final List<String> problems = new ArrayList<>();
    private final Map<String, Integer> counts = new LinkedHashMap<>();

    private RecordCheck(Handle h) {
        this.h = h;
    }

    /** Every finding, in Indonesian, each naming the row. */
    static List<String> run(Handle h, Dialect dialect, List<String> migrationScripts) {
        RecordCheck c = new RecordCheck(h);
        c.letters();
        c.outgoingPdfs();
        c.numbered("complaint", "complaint", "pengaduan", "number", BOOKKEEPING, "SELECT complaint_id, id, at, actor,"
                + " from_state, to_state, note FROM complaint_history ORDER BY complaint_id, id");
        c.numbered("operator", "operator", "operator", "username", SIGN_IN, null);
        SeedBaseline seed = SeedBaseline.of(dialect, migrationScripts);
        c.holidays(seed.holidays(), seed.conditional());
        c.settings(seed.settings());
        c.reportTallies();
        // A year holding letters imported from the old agenda book (issue 14) is left out: the import
        // moves Loket's series past the old book's numbers, which were never all imported.
        String notImported = c.hasImportedColumn()
                ? " WHERE agenda_year NOT IN (SELECT agenda_year FROM letter WHERE imported = 1)" : "";
        c.gaps("nomor agenda", "SELECT agenda_year, agenda_seq FROM letter" + notImported
                        + " ORDER BY agenda_year, agenda_seq",
                "SELECT year, last_seq FROM agenda_counter" + notImported.replace("agenda_year NOT IN", "year NOT IN"));
        c.gaps("nomor surat keluar", "SELECT year, seq FROM outgoing_letter ORDER BY year, seq", null);
        c.triggers(dialect, migrationScripts);
        c.counts.forEach((kind, n) -> {
            if (n > LISTED) {
                c.problems.add("… dan " + (n - LISTED) + " temuan lain: " + kind);
            }
        });
        return c.problems;
    }

    /**
     * The report's tallies (V68–V69) against a recount from the letters and their history: they are kept by
     * triggers, not audited, so a hand edit of them would change a signed report without touching a letter.
     * A file older than V68 has none.
     */
    private void reportTallies() {
        ReportStore.recounts().forEach((table, recount) -> {
            if (!tableExists(table)) {
                return;
            }
            String count = recount[0].substring(recount[0].lastIndexOf(',') + 1).trim();
            String stored = "SELECT " + recount[0] + " FROM " + table + " WHERE " + count + " <> 0";
            // a changed row is on both sides, a deleted or added one on one side: the larger side counts the rows
            long differ = Math.max(
                    h.createQuery("SELECT count(*) FROM (" + stored + " EXCEPT " + recount[1] + ") a").mapTo(Long.class).one(),
                    h.createQuery("SELECT count(*) FROM (" + recount[1] + " EXCEPT " + stored + ") b").mapTo(Long.class).one());
            if (differ > 0) {
                add("rekap laporan", "Rekap laporan " + table + ": " + differ + " baris tidak sama dengan hitungan ulang dari"
                        + " surat dan riwayatnya (diubah di luar aplikasi); angka Laporan bisa salah");
            }
        });
    }

    private boolean tableExists(String table) {
        try (var rs = h.getConnection().getMetaData().getTables(null, null, table, null)) {
            return rs.next();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Has this database the imported-letters column (V65)? {@code check} also reads older files. */
    private boolean hasImportedColumn() {
        // the columns of an empty result: a query that cannot fail (a failed one would end a PostgreSQL transaction)
        return h.createQuery("SELECT * FROM letter WHERE 1 = 0").scanResultSet((rs, ctx) -> {
            var md = rs.get().getMetaData();
            for (int i = 1; i <= md.getColumnCount(); i++) {
                if (md.getColumnLabel(i).equalsIgnoreCase("imported")) {
                    return true;
                }
            }
            return false;
        });
    }

    private void add(String kind, String text) {
        int n = counts.merge(kind, 1, Integer::sum);
        if (n <= LISTED) {
            problems.add(text);
        }
    }

    private record Audited(long key, String action, String after) {
    }

    private Stream<Audited> entries(String entity) {
        return h.createQuery("SELECT entity_id, action, after FROM audit_log WHERE entity = ?"
                        + " ORDER BY CAST(entity_id AS BIGINT), id").bind(0, entity).setFetchSize(2000)
                .map((rs, ctx) -> new Audited(parseKey(rs.getString(1)), rs.getString(2), rs.getString(3))).stream();
    }

    private static long parseKey(String s) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            return Long.MIN_VALUE;
        }
    }

    private Stream<Map<String, Object>> rows(String sql) {
        String[][] labels = {null}; // read once: the same for every row
        return h.createQuery(sql).setFetchSize(2000).map((rs, ctx) -> {
            if (labels[0] == null) {
                var md = rs.getMetaData();
                labels[0] = new String[md.getColumnCount()];
                for (int i = 0; i < labels[0].length; i++) {
                    labels[0][i] = md.getColumnLabel(i + 1).toLowerCase(Locale.ROOT);
                }
            }
            Map<String, Object> row = new java.util.HashMap<>(labels[0].length * 2);
            for (int i = 0; i < labels[0].length; i++) {
                Object v = rs.getObject(i + 1);
                row.put(labels[0][i], v instanceof byte[] ? v
                        : v == null ? null : v instanceof Number n ? (Object) n.longValue() : v.toString());
            }
            return row;
        }).stream();
    }

    /** A history row: {@code letterId} is its letter's (or complaint's) id. */
    private record HistoryRow(long letterId, long id, String[] values) {
    }

    /** History rows (owner id, id, then {@link HistoryAudit#COLUMNS}), streamed. */
    private Stream<HistoryRow> historyRows(String sql) {
        return h.createQuery(sql).setFetchSize(5000).map((rs, ctx) -> new HistoryRow(rs.getLong(1), rs.getLong(2),
                new String[] {rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)})).stream();
    }

    /**
     * Each letter against its last audited state, and each of its request_history rows against the row
     * its audit entries carry ({@link HistoryAudit}); letters gone, letters never audited.
     */
    private void letters() {
        try (Stream<Map<String, Object>> rowStream = rows("SELECT * FROM letter ORDER BY id");
             Stream<Audited> auditStream = entries("letter");
             Stream<HistoryRow> historyStream = historyRows("SELECT letter_id, id, at, actor, from_state, to_state,"
                     + " note FROM request_history ORDER BY letter_id, id")) {
            Iterator<Map<String, Object>> rows = rowStream.iterator();
            Iterator<Audited> audited = auditStream.iterator();
            Iterator<HistoryRow> history = historyStream.iterator();
            HistoryRow nextRow = history.hasNext() ? history.next() : null;
            Audited pending = audited.hasNext() ? audited.next() : null;
            Map<String, Object> row = rows.hasNext() ? rows.next() : null;
            while (row != null || pending != null) {
                long rowId = row == null ? Long.MAX_VALUE : (Long) row.get("id");
                long key = pending == null ? Long.MAX_VALUE : pending.key();
                if (key < rowId) {
                    Map<String, String> last = new LinkedHashMap<>();
                    long gone = key;
                    while (pending != null && pending.key() == gone) {
                        fold(last, pending.after(), true);
                        pending = audited.hasNext() ? audited.next() : null;
                    }
                    add("surat hilang", "Surat " + last.getOrDefault("agenda_number", "?") + " (id " + gone
                            + ") tercatat di audit tetapi tidak ada lagi: dihapus di luar aplikasi");
                    continue;
                }
                Map<String, String> last = new LinkedHashMap<>();
                long legacySteps = 0;
                while (pending != null && pending.key() == rowId) {
                    boolean carriesHistory = pending.after() != null && pending.after().contains("\"" + HistoryAudit.PREFIX);
                    fold(last, pending.after(), true);
                    String action = pending.action();
                    if (!carriesHistory && (action.equals("register") || action.equals("state")
                            || action.startsWith("transition"))) {
                        legacySteps++;
                    }
                    pending = audited.hasNext() ? audited.next() : null;
                }
                while (nextRow != null && nextRow.letterId() < rowId) {
                    nextRow = history.hasNext() ? history.next() : null;
                }
                List<HistoryRow> rowsOfLetter = new ArrayList<>();
                while (nextRow != null && nextRow.letterId() == rowId) {
                    rowsOfLetter.add(nextRow);
                    nextRow = history.hasNext() ? history.next() : null;
                }
                String name = "Surat " + row.get("agenda_number") + " (id " + rowId + ")";
                history(name, last, legacySteps, rowsOfLetter);
                if (last.isEmpty()) {
                    add("surat tanpa audit", name + " tidak punya catatan audit: dimasukkan di luar aplikasi");
                } else {
                    compare("surat berubah", name, last, row, BOOKKEEPING);
                }
                row = rows.hasNext() ? rows.next() : null;
            }
        }
    }

    /** A letter's history rows against the rows its entries carry; older entries (none carried) by count. */
    private void history(String letter, Map<String, String> last, long legacySteps, List<HistoryRow> actual) {
        int unaudited = 0;
        for (int place = 0; place < actual.size(); place++) {
            String carried = last.get(HistoryAudit.PREFIX + place);
            HistoryRow r = actual.get(place);
            if (carried == null) {
                unaudited++;
                continue;
            }
            String[] audited = HistoryAudit.split(carried);
            for (int i = 0; i < audited.length; i++) {
                if (!java.util.Objects.equals(audited[i], r.values()[i])) {
                    add("riwayat berubah", "Riwayat " + letter + ", baris ke-" + (place + 1) + " (id " + r.id() + "): "
                            + HistoryAudit.COLUMNS[i] + " tercatat \"" + audited[i] + "\", sekarang \"" + r.values()[i]
                            + "\" (diubah di luar aplikasi)");
                }
            }
        }
        long carried = last.keySet().stream().filter(k -> k.startsWith(HistoryAudit.PREFIX)).count();
        for (long place = actual.size(); place < actual.size() + carried; place++) {
            String gone = last.get(HistoryAudit.PREFIX + place);
            if (gone != null) {
                String[] v = HistoryAudit.split(gone);
                add("riwayat hilang", "Riwayat " + letter + ", baris ke-" + (place + 1) + " (" + v[0] + ", "
                        + (v[2] == null ? "" : v[2] + " → ") + v[3] + ") tidak ada lagi: dihapus di luar aplikasi");
            }
        }
        if (unaudited < legacySteps) {
            add("riwayat hilang", "Riwayat " + letter + ": " + unaudited + " baris lama, audit mencatat " + legacySteps
                    + " langkah: " + (legacySteps - unaudited) + " baris dihapus di luar aplikasi");
        } else if (unaudited > legacySteps && carried > 0) {
            // (a letter all of whose entries predate carried rows may have rows its entries never counted)
            add("riwayat tanpa audit", "Riwayat " + letter + ": " + (unaudited - legacySteps)
                    + " baris tanpa catatan audit: ditambahkan di luar aplikasi");
        }
    }

    /** Each audited field that is a column of {@code row} and differs from it, named. */
    private void compare(String kind, String name, Map<String, String> last, Map<String, Object> row, Set<String> ignored) {
        for (var e : last.entrySet()) {
            String column = e.getKey();
            if (row.containsKey(column) && !ignored.contains(column) && !same(row.get(column), e.getValue())) {
                add(kind, name + ": " + words(column) + " tercatat \"" + e.getValue() + "\", sekarang \""
                        + row.get(column) + "\" (diubah di luar aplikasi)");
            }
        }
    }

    /** A column in the words of the desk, the column's name after it ("tanggal terima (received_at)"). */
    static String words(String column) {
        String w = switch (column) {
            case "received_at" -> "tanggal terima";
            case "subject" -> "perihal";
            case "state" -> "status";
            case "clock_start" -> "awal hitungan hari kerja";
            case "clock_days_used" -> "hari kerja terpakai";
            case "letter_number" -> "nomor surat";
            case "letter_date" -> "tanggal surat";
            case "agency_id" -> "instansi";
            case "service_id" -> "layanan";
            case "agenda_number" -> "nomor agenda";
            case "full_name" -> "nama lengkap";
            case "roles" -> "peran";
            case "active" -> "aktif";
            case "answer" -> "jawaban";
            case "name" -> "nama";
            case "kind" -> "jenis";
            case "basis" -> "dasar";
            case "value" -> "nilai";
            default -> null;
        };
        return w == null ? column : w + " (" + column + ")";
    }

    /** Fields of operators that sign-in changes without an audit entry (failed attempts, a lock that ended). */
    static final Set<String> SIGN_IN = Set.of("updated_at", "updated_by", "version", "locked_until", "failed_attempts");

    /**
     * Rows of {@code table} with a numeric id, each against its entity's audit entries (streamed side by
     * side, like letters): rows changed, rows gone, rows never audited.
     */
    private void numbered(String entity, String table, String what, String nameColumn, Set<String> ignored,
                          String historySql) {
        try (Stream<Map<String, Object>> rowStream = rows("SELECT * FROM " + table + " ORDER BY id");
             Stream<Audited> auditStream = entries(entity);
             Stream<HistoryRow> historyStream = historySql == null ? Stream.empty() : historyRows(historySql)) {
            Iterator<Map<String, Object>> rows = rowStream.iterator();
            Iterator<Audited> audited = auditStream.iterator();
            Iterator<HistoryRow> history = historyStream.iterator();
            HistoryRow nextRow = history.hasNext() ? history.next() : null;
            Audited pending = audited.hasNext() ? audited.next() : null;
            Map<String, Object> row = rows.hasNext() ? rows.next() : null;
            while (row != null || pending != null) {
                long rowId = row == null ? Long.MAX_VALUE : (Long) row.get("id");
                long key = pending == null ? Long.MAX_VALUE : pending.key();
                Map<String, String> last = new LinkedHashMap<>();
                long of = Math.min(rowId, key);
                long legacySteps = 0;
                while (pending != null && pending.key() == of) {
                    if (pending.after() == null || !pending.after().contains("\"" + HistoryAudit.PREFIX)) {
                        legacySteps++; // every complaint entry of an older version wrote one history row
                    }
                    fold(last, pending.after(), true);
                    pending = audited.hasNext() ? audited.next() : null;
                }
                if (key < rowId) {
                    add(what + " hilang", capital(what) + " " + last.getOrDefault(nameColumn, "?") + " (id " + of
                            + ") tercatat di audit tetapi tidak ada lagi: dihapus di luar aplikasi");
                    continue;
                }
                List<HistoryRow> rowsOfOwner = new ArrayList<>();
                while (nextRow != null && nextRow.letterId() < rowId) {
                    nextRow = history.hasNext() ? history.next() : null; // rows of a complaint that is gone
                }
                while (nextRow != null && nextRow.letterId() == rowId) {
                    rowsOfOwner.add(nextRow);
                    nextRow = history.hasNext() ? history.next() : null;
                }
                String name = capital(what) + " " + row.get(nameColumn) + " (id " + rowId + ")";
                if (last.isEmpty()) {
                    add(what + " tanpa audit", name + " tidak punya catatan audit: dimasukkan di luar aplikasi");
                } else {
                    compare(what + " berubah", name, last, row, ignored);
                    password(name, last, row);
                }
                if (historySql != null) {
                    history(name, last, legacySteps, rowsOfOwner);
                }
                row = rows.hasNext() ? rows.next() : null;
            }
        }
    }

    /**
     * An operator's password hash against the SHA-256 of it that its last password entry recorded (never
     * the hash itself, in the log or in the finding). Entries of older versions recorded none: not compared.
     */
    private void password(String name, Map<String, String> last, Map<String, Object> row) {
        String audited = last.get(RecordCheck.snake(OperatorStore.PASSWORD_SHA256));
        if (audited != null && row.containsKey("password_hash")) {
            Object hash = row.get("password_hash");
            String now = hash == null ? "" : sha256(hash.toString().getBytes(StandardCharsets.UTF_8));
            if (!audited.equals(now)) {
                add("kata sandi berubah", name + ": hash kata sandi (password_hash) tidak sama dengan yang tercatat"
                        + " saat kata sandi terakhir ditetapkan (diganti di luar aplikasi)");
            }
        }
    }

    /**
     * Holidays and settings (a few hundred rows, keyed by text): each row against its last audited
     * value, or, never audited, against the value the migrations seeded (read from the applied
     * scripts, so the seed needs no audit entry of its own).
     */
    private void holidays(Map<String, Map<String, String>> seeded, Set<String> conditional) {
        Map<String, Map<String, String>> expected = new java.util.TreeMap<>(seeded);
        Set<String> audited = new java.util.HashSet<>();
        h.createQuery("SELECT entity_id, after FROM audit_log WHERE entity = 'holiday' ORDER BY id")
                .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2)}).forEach(e -> {
                    audited.add(e[0]);
                    if (e[1] == null) {
                        expected.put(e[0], null); // removed in the app
                    } else {
                        Map<String, String> m = new LinkedHashMap<>();
                        fold(m, e[1], true);
                        expected.put(e[0], m);
                    }
                });
        Map<String, Map<String, Object>> actual = new java.util.TreeMap<>();
        try (Stream<Map<String, Object>> rows = rows("SELECT * FROM holiday ORDER BY date")) {
            rows.forEach(r -> actual.put((String) r.get("date"), r));
        }
        for (var e : expected.entrySet()) {
            Map<String, Object> row = actual.get(e.getKey());
            if (e.getValue() == null) {
                if (row != null) {
                    add("hari libur tanpa audit", "Hari libur " + e.getKey() + " (" + row.get("name")
                            + ") dihapus di aplikasi tetapi ada lagi: dimasukkan di luar aplikasi");
                }
            } else if (row == null) {
                if (!audited.contains(e.getKey()) && conditional.contains(e.getKey())
                        && movedBeforeV11(e.getKey(), e.getValue().get("name"), seeded, conditional, expected, audited)) {
                    continue; // V11 did not add it: the administrator keeps this holiday on another date
                }
                add("hari libur hilang", "Hari libur " + e.getKey() + " (" + e.getValue().get("name")
                        + ") tidak ada lagi: dihapus di luar aplikasi");
            } else {
                compare("hari libur berubah", "Hari libur " + e.getKey(), e.getValue(), row, Set.of());
            }
        }
        actual.keySet().stream().filter(d -> !expected.containsKey(d)).forEach(d -> add("hari libur tanpa audit",
                "Hari libur " + d + " (" + actual.get(d).get("name") + ") tidak punya catatan audit: dimasukkan di luar aplikasi"));
    }

    /**
     * V11's third condition, on the audited holidays: the holiday {@code name} of SKB date {@code date}
     * kept in 2027 on a date that is not one of that name's SKB dates (the administrator moved it, in the
     * app, so with an audit entry). A seeded row deleted behind the app's back has no such reason.
     */
    private static boolean movedBeforeV11(String date, String name, Map<String, Map<String, String>> seeded,
                                          Set<String> conditional, Map<String, Map<String, String>> expected,
                                          Set<String> audited) {
        if (name == null || !date.startsWith("2027-")) {
            return false;
        }
        Set<String> skbDates = new java.util.HashSet<>();
        for (String d : conditional) {
            if (name.equals(seeded.get(d).get("name"))) {
                skbDates.add(d);
            }
        }
        return expected.entrySet().stream().anyMatch(x -> x.getKey().startsWith("2027-") && audited.contains(x.getKey())
                && x.getValue() != null && name.equals(x.getValue().get("name")) && !skbDates.contains(x.getKey()));
    }

    private void settings(Map<String, String> seeded) {
        Map<String, String> expected = new java.util.TreeMap<>(seeded);
        Set<String> described = new java.util.HashSet<>();
        h.createQuery("SELECT entity_id, after FROM audit_log WHERE entity = 'setting' ORDER BY id")
                .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2)}).forEach(e -> {
                    if (e[0].equals("backup")) {
                        return; // the backup settings live in a file beside the database, not in this table
                    }
                    Map<String, String> m = new LinkedHashMap<>();
                    fold(m, e[1]);
                    if (e[0].equals(OfficeSettingsStore.EMBLEM)) {
                        described.add(e[0]);
                        expected.put(e[0], m.get(e[0])); // null: the emblem was removed
                    } else if (m.containsKey("scanFolder")) {
                        expected.put(e[0], m.get("scanFolder"));
                    } else {
                        expected.putAll(m);
                    }
                });
        Map<String, String> actual = new java.util.TreeMap<>();
        h.createQuery("SELECT key, value FROM setting").map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2)})
                .forEach(r -> actual.put(r[0], r[1]));
        for (var e : expected.entrySet()) {
            String key = e.getKey();
            String now = actual.get(key);
            if (now != null && described.contains(key)) {
                now = now.isBlank() ? null : OfficeSettingsStore.describe(now);
            }
            if (e.getValue() == null && now != null) {
                add("pengaturan berubah", "Pengaturan " + key + ": dihapus di aplikasi, sekarang ada lagi"
                        + " (diubah di luar aplikasi)");
            } else if (e.getValue() != null && !actual.containsKey(key)) {
                add("pengaturan hilang", "Pengaturan " + key + " (\"" + e.getValue()
                        + "\") tidak ada lagi: dihapus di luar aplikasi");
            } else if (e.getValue() != null && !same(now, e.getValue())) {
                add("pengaturan berubah", "Pengaturan " + key + ": nilai tercatat \"" + e.getValue() + "\", sekarang \""
                        + now + "\" (diubah di luar aplikasi)");
            }
        }
        actual.keySet().stream().filter(k -> !expected.containsKey(k)).forEach(k -> add("pengaturan tanpa audit",
                "Pengaturan " + k + " tidak punya catatan audit: dimasukkan di luar aplikasi"));
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Each issued letter's stored PDF against the SHA-256 its issue entry recorded (and the stored one). */
    private void outgoingPdfs() {
        try (Stream<Map<String, Object>> rowStream = rows("SELECT id, number, pdf, sha256 FROM outgoing_letter ORDER BY id");
             Stream<Audited> auditStream = entries("outgoing_letter")) {
            Iterator<Audited> audited = auditStream.iterator();
            Audited pending = audited.hasNext() ? audited.next() : null;
            for (Iterator<Map<String, Object>> it = rowStream.iterator(); it.hasNext(); ) {
                Map<String, Object> r = it.next();
                long id = (Long) r.get("id");
                Map<String, String> last = new LinkedHashMap<>();
                while (pending != null && pending.key() <= id) {
                    if (pending.key() == id) {
                            fold(last, pending.after());
                    }
                    pending = audited.hasNext() ? audited.next() : null;
                }
                String name = "surat keluar " + r.get("number") + " (id " + id + ")";
                String audit = last.get("sha256");
                if (audit == null) {
                    add("surat keluar tanpa audit", name + " tidak punya catatan audit penerbitan");
                    continue;
                }
                Object pdf = r.get("pdf");
                String actual = pdf instanceof byte[] b ? sha256(b) : "";
                if (!audit.equals(actual)) {
                    add("PDF berubah", name + ": isi PDF tidak sama dengan yang diterbitkan (SHA-256 tercatat "
                            + audit.substring(0, 12) + "…, sekarang " + (actual.isEmpty() ? "-" : actual.substring(0, 12))
                            + "…)" + (audit.equals(r.get("sha256")) ? "" : "; hash tersimpan juga diganti"));
                }
            }
        }
    }

    /** Numbers 1..n of each year with one missing (and, for agenda numbers, beyond the year's counter). */
    private void gaps(String what, String sql, String counterSql) {
        Map<Long, Long> counters = new LinkedHashMap<>();
        if (counterSql != null) {
            h.createQuery(counterSql).map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getLong(2)))
                    .forEach(e -> counters.put(e.getKey(), e.getValue()));
        }
        long[] year = {Long.MIN_VALUE};
        long[] next = {1};
        try (Stream<long[]> s = h.createQuery(sql).setFetchSize(5000)
                .map((rs, ctx) -> new long[] {rs.getLong(1), rs.getLong(2)}).stream()) {
            s.forEach(p -> {
                if (p[0] != year[0]) {
                    if (year[0] != Long.MIN_VALUE) {
                        tail(what, year[0], next[0], counters.get(year[0]));
                    }
                    year[0] = p[0];
                    next[0] = 1;
                }
                if (p[1] > next[0]) {
                    add(what + " hilang", what + " " + year[0] + ": nomor " + range(next[0], p[1] - 1)
                            + " tidak ada lagi (dihapus di luar aplikasi)");
                }
                next[0] = Math.max(next[0], p[1] + 1);
            });
        }
        if (year[0] != Long.MIN_VALUE) {
            tail(what, year[0], next[0], counters.get(year[0]));
        }
    }

    private void tail(String what, long year, long next, Long last) {
        if (last != null && last >= next) {
            add(what + " hilang", what + " " + year + ": nomor " + range(next, last)
                    + " sudah diberikan tetapi tidak ada lagi (dihapus di luar aplikasi)");
        }
    }

    private static String range(long a, long b) {
        return a == b ? String.valueOf(a) : a + "–" + b;
    }

    private static final Pattern CREATE = Pattern.compile(
            "(?i)CREATE\\s+(?:OR\\s+REPLACE\\s+)?TRIGGER\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?\"?(\\w+)");
    private static final Pattern DROP = Pattern.compile("(?i)DROP\\s+TRIGGER\\s+(?:IF\\s+EXISTS\\s+)?\"?(\\w+)");

    /** Every trigger the applied migrations create (and did not drop again) must be there. */
    private void triggers(Dialect dialect, List<String> scripts) {
        Set<String> expected = new LinkedHashSet<>();
        String folder = dialect.migrations().replace("classpath:", "");
        for (String script : scripts) {
            try (InputStream in = RecordCheck.class.getClassLoader().getResourceAsStream(folder + "/" + script)) {
                if (in == null) {
                    continue;
                }
                String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("--[^\\n]*", "");
                List<int[]> events = new ArrayList<>();
                Matcher c = CREATE.matcher(sql);
                while (c.find()) {
                    events.add(new int[] {c.start(), 1});
                }
                Matcher d = DROP.matcher(sql);
                while (d.find()) {
                    events.add(new int[] {d.start(), 0});
                }
                events.sort((x, y) -> Integer.compare(x[0], y[0]));
                for (int[] e : events) {
                    Matcher m = (e[1] == 1 ? CREATE : DROP).matcher(sql);
                    if (m.find(e[0])) {
                        String name = m.group(1).toLowerCase(Locale.ROOT);
                        if (e[1] == 1) {
                            expected.add(name);
                        } else {
                            expected.remove(name);
                        }
                    }
                }
            } catch (IOException e) {
                // a script that cannot be read names no trigger
            }
        }
        String sql = dialect instanceof PostgresDialect
                ? "SELECT tgname FROM pg_trigger WHERE NOT tgisinternal"
                : "SELECT name FROM sqlite_master WHERE type = 'trigger'";
        Set<String> present = new LinkedHashSet<>(h.createQuery(sql).mapTo(String.class)
                .map(s -> s.toLowerCase(Locale.ROOT)).list());
        for (String t : expected) {
            if (!present.contains(t)) {
                add("pemicu hilang", "pemicu pelindung " + t + " tidak ada lagi: dihapus di luar aplikasi");
            }
        }
    }

    /** receivedAt → received_at (a lower-case letter or digit, then a capital: an underscore between). */
    static String snake(String camel) {
        StringBuilder b = null;
        for (int i = 0; i < camel.length(); i++) {
            char c = camel.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                if (b == null) {
                    b = new StringBuilder(camel.length() + 4).append(camel, 0, i);
                }
                char p = i > 0 ? camel.charAt(i - 1) : ' ';
                if (p >= 'a' && p <= 'z' || p >= '0' && p <= '9') {
                    b.append('_');
                }
                b.append((char) (c + ('a' - 'A')));
            } else if (b != null) {
                b.append(c);
            }
        }
        return b == null ? camel : b.toString();
    }

    private static boolean same(Object now, String audited) {
        String a = now == null ? null : now.toString();
        if (a == null || audited == null) {
            return a == null && audited == null;
        }
        if (a.equals(audited)) {
            return true;
        }
        return (a.equals("1") || a.equals("t") || a.equals("true")) && audited.equals("true")
                || (a.equals("0") || a.equals("f") || a.equals("false")) && audited.equals("false");
    }

    /** Puts the fields of flat JSON object {@code json} into {@code into} (values as text, null as null). */
    static void fold(Map<String, String> into, String json) {
        fold(into, json, false);
    }

    /** As {@link #fold(Map, String)}; {@code snake}: field names as column names (receivedAt → received_at). */
    static void fold(Map<String, String> into, String json, boolean snake) {
        if (json == null || json.isBlank()) {
            return;
        }
        int i = json.indexOf('{') + 1;
        int n = json.length();
        while (i < n) {
            while (i < n && (json.charAt(i) == ',' || Character.isWhitespace(json.charAt(i)))) {
                i++;
            }
            if (i >= n || json.charAt(i) == '}') {
                return;
            }
            StringBuilder key = new StringBuilder();
            i = string(json, i, key);
            while (i < n && json.charAt(i) != ':') {
                i++;
            }
            i++;
            while (i < n && Character.isWhitespace(json.charAt(i))) {
                i++;
            }
            if (i < n && json.charAt(i) == '"') {
                StringBuilder v = new StringBuilder();
                i = string(json, i, v);
                into.put(snake ? snake(key.toString()) : key.toString(), v.toString());
            } else {
                int start = i;
                while (i < n && json.charAt(i) != ',' && json.charAt(i) != '}') {
                    i++;
                }
                String v = json.substring(start, i).strip();
                into.put(snake ? snake(key.toString()) : key.toString(), v.equals("null") ? null : v);
            }
        }
    }

    private static int string(String s, int i, StringBuilder out) {
        i++; // opening quote
        while (i < s.length()) {
            int plain = i;
            while (plain < s.length() && s.charAt(plain) != '"' && s.charAt(plain) != '\\') {
                plain++;
            }
            out.append(s, i, plain); // the run up to the next quote or backslash, at once
            i = plain;
            if (i >= s.length()) {
                return i;
            }
            char c = s.charAt(i++);
            if (c == '"') {
                return i;
            }
            if (c == '\\' && i < s.length()) {
                char e = s.charAt(i++);
                switch (e) {
                    case 'n' -> out.append('\n');
                    case 'r' -> out.append('\r');
                    case 't' -> out.append('\t');
                    case 'u' -> {
                        int code = 0;
                        for (int k = i; k < i + 4; k++) {
                            code = code * 16 + Character.digit(s.charAt(k), 16);
                        }
                        out.append((char) code);
                        i += 4;
                    }
                    default -> out.append(e);
                }
            } else {
                out.append(c);
            }
        }
        return i;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
