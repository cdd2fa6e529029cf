package id.kalbarprov.loket.store;

import id.kalbarprov.loket.core.catalog.ServiceKind;
import id.kalbarprov.loket.core.letters.LetterIssuer;
import id.kalbarprov.loket.core.letters.LetterRenderer;
import id.kalbarprov.loket.core.letters.LetterSubject;
import id.kalbarprov.loket.core.letters.OutgoingLetterPort;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Demo data, part 2: issued confirmation letters for a share of the finished (SELESAI) and
 * refused (DITOLAK) demo requests, numbered in the outgoing register like real ones. Gives the
 * requests a processing summary or a refusal reason where they have none, and — only when no
 * signer is set — a clearly fictional demo signer.
 */
public final class DemoLetters {

    private static final Map<ServiceKind, String[]> SUMMARIES = Map.of(
            ServiceKind.JARINGAN, new String[]{"Titik akses jaringan di ruang rapat lantai 2 telah dipasang dan diuji",
                "Bandwidth internet kantor telah dinaikkan menjadi 100 Mbps"},
            ServiceKind.VICON, new String[]{"Akun Zoom kalbarprov-vicon-07 telah diaktifkan untuk rapat yang diminta",
                "Ruang video conference telah dijadwalkan dan tautan rapat dikirim ke narahubung"},
            ServiceKind.EMAIL, new String[]{"Akun email kedinasan telah dibuat; kata sandi awal diserahkan langsung",
                "Kata sandi email perangkat daerah telah diatur ulang"},
            ServiceKind.HOSTING, new String[]{"Ruang hosting 5 GB dan subdomain telah diaktifkan",
                "Aplikasi telah dipindahkan ke server hosting Pemprov dan sertifikat TLS dipasang"},
            ServiceKind.CLOUD, new String[]{"Akun data cloud 50 GB telah diaktifkan untuk admin yang ditunjuk",
                "Kuota data cloud perangkat daerah telah ditambah menjadi 200 GB"});

    private DemoLetters() {
    }

    /**
     * Issues letters for every {@code every}-th SELESAI and DITOLAK request received before
     * {@code until} (at most {@code max}); returns how many.
     */
    public static int write(Database db, LetterRenderer renderer, int every, int max, long seed, LocalDate until) {
        OutgoingLetterStore store = new OutgoingLetterStore(db);
        LetterIssuer issuer = new LetterIssuer(renderer);
        Random rnd = new Random(seed);
        if (store.settings().signer().isEmpty()) {
            db.jdbi().useTransaction(h -> {
                Map<String, Object> signer = new java.util.LinkedHashMap<>();
                signer.put(OutgoingLetterStore.SIGNER_NAME, "Contoh Penandatangan, S.Kom., M.T.");
                signer.put(OutgoingLetterStore.SIGNER_TITLE,
                        "Kepala Dinas Komunikasi dan Informatika Provinsi Kalimantan Barat");
                signer.put(OutgoingLetterStore.SIGNER_RANK, "Pembina Utama Muda (IV/c)");
                signer.put(OutgoingLetterStore.SIGNER_NIP, "196509161993031002");
                signer.put(OutgoingLetterStore.SIGNER_PPPK, "0");
                signer.forEach((key, value) -> put(h, key, value.toString()));
                // audited like the Admin's own save: check proves every setting (issue 12)
                AuditLog.append(h, "demo", "setting", "letters", "update", null, signer);
            });
        }
        List<long[]> picks = db.jdbi().withHandle(h -> h.createQuery("""
                        SELECT l.id, row_number() OVER (ORDER BY l.received_at, l.id) FROM letter l
                        WHERE l.state IN ('SELESAI', 'DITOLAK') AND l.received_at < ?
                          AND NOT EXISTS (SELECT 1 FROM outgoing_letter o WHERE o.letter_id = l.id)
                        ORDER BY l.received_at, l.id""")
                .bind(0, until.toString())
                .map((rs, ctx) -> new long[]{rs.getLong(1), rs.getLong(2)}).list());
        // Spread the letters over the whole period rather than stopping at the cap in the first year.
        int step = Math.max(every, (int) Math.ceil(picks.size() / (double) max));
        // One transaction for all: demo data is written in bulk (one fsync), like DemoData's batches.
        return db.jdbi().inTransaction(h -> {
            OutgoingLetterPort.Issuing tx = store.issuing(h);
            int n = 0;
            for (long[] p : picks) {
                if (p[1] % step != 0 || n >= max) {
                    continue;
                }
                long letterId = p[0];
                var f0 = OutgoingLetterStore.facts(h, letterId).orElseThrow();
                if (f0.summary() == null && f0.state().name().equals("SELESAI")) {
                    String[] options = SUMMARIES.get(f0.service());
                    h.createUpdate("""
                                    INSERT INTO request_processing (letter_id, kind, details, summary, processed_by,
                                        processed_at) VALUES (?, ?, '{}', ?, 'demo', ?)""")
                            .bind(0, letterId).bind(1, f0.service().name())
                            .bind(2, options[rnd.nextInt(options.length)])
                            .bind(3, f0.letterDate().plusDays(3).atTime(10, 0).toString()).execute();
                }
                if (f0.decisionReason() == null && f0.state().name().equals("DITOLAK")) {
                    h.createUpdate("UPDATE letter SET decision_reason = ? WHERE id = ?")
                            .bind(0, "Permintaan tidak termasuk layanan yang dapat diberikan sesuai standar pelayanan.")
                            .bind(1, letterId).execute();
                }
                var f = OutgoingLetterStore.facts(h, letterId).orElseThrow();
                LocalDate date = f.letterDate().plusDays(4);
                if (date.isAfter(until)) {
                    date = until;
                }
                LocalDateTime at = date.atTime(9, 30);
                issuer.issue(tx, t -> LetterSubject.request(t, letterId, f.version()), "demo", date, at);
                n++;
            }
            return n;
        });
    }

    private static void put(org.jdbi.v3.core.Handle h, String key, String value) {
        h.createUpdate("INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = ?")
                .bind(0, key).bind(1, value).bind(2, value).execute();
    }
}
