package id.kalbarprov.loket.bench;

import static org.assertj.core.api.Assertions.assertThat;

import id.kalbarprov.loket.cli.CommandsTestAccess;
import id.kalbarprov.loket.core.attachments.AttachmentPort;
import id.kalbarprov.loket.core.attachments.AttachmentService;
import id.kalbarprov.loket.core.attachments.ScanFile;
import id.kalbarprov.loket.core.attachments.ScanKind;
import id.kalbarprov.loket.core.letters.OutgoingLetterService;
import id.kalbarprov.loket.core.letters.Verdict;
import id.kalbarprov.loket.core.letters.VerificationService;
import id.kalbarprov.loket.core.receipt.ReceiptService;
import id.kalbarprov.loket.core.receipt.ReceiptSize;
import id.kalbarprov.loket.core.register.LetterFilter;
import id.kalbarprov.loket.core.request.RequestState;
import id.kalbarprov.loket.documents.LetterPdf;
import id.kalbarprov.loket.documents.ScanPages;
import id.kalbarprov.loket.documents.ScanSamples;
import id.kalbarprov.loket.documents.VerificationCodes;
import id.kalbarprov.loket.store.AttachmentStore;
import id.kalbarprov.loket.store.Database;
import id.kalbarprov.loket.store.DemoData;
import id.kalbarprov.loket.store.LetterFixtures;
import id.kalbarprov.loket.store.LetterStore;
import id.kalbarprov.loket.store.OutgoingLetterStore;
import id.kalbarprov.loket.store.VerificationStore;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14's numbers on an SQLite file: attaching a 10 MB scan (≤ 1 s), the register's first page
 * with 10,000 attachments in the database (unchanged), a receipt (≤ 100 ms), verify (≤ 200 ms).
 * {@code mvn -B test -Pbench -Dtest=PaperBenchmark}.
 */
@Tag("benchmark")
class PaperBenchmark {

    @TempDir
    Path dir;

    static Stats time(int warmup, int runs, Supplier<?> work) {
        for (int i = 0; i < warmup; i++) {
            work.get();
        }
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            work.get();
            nanos[i] = System.nanoTime() - t0;
        }
        return Stats.of(nanos);
    }

    @Test
    void paperInPaperOut() {
        Database db = Database.open(dir.resolve("loket.db"));
        DemoData.write(db, 20_000, 14, LocalDate.of(2026, 11, 20));
        LetterStore letters = new LetterStore(db);
        AttachmentStore store = new AttachmentStore(db);
        AttachmentService service = new AttachmentService(store, new ScanPages(), LetterFixtures.clock());
        System.out.printf("BENCH paper (issue 14) on %,d letters, %d processors, load average %.2f%n",
                letters.count(LetterFilter.ALL).value(), Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());

        Stats before = time(10, 40, () -> letters.search(LetterFilter.ALL, 0, 50));
        // 10,000 attachments of distinct content on the first 5,000 letters, 100 per transaction
        long t0 = System.nanoTime();
        byte[] base = ScanSamples.jpeg(1);
        for (int batch = 0; batch < 100; batch++) {
            for (int k = 0; k < 50; k++) {
                long letterId = batch * 50 + k + 1;
                List<AttachmentPort.NewScan> two = new ArrayList<>();
                for (int j = 0; j < 2; j++) {
                    byte[] c = base.clone();
                    byte[] n = ByteBuffer.allocate(8).putLong(letterId * 2 + j).array();
                    byte[] content = new byte[c.length + 8];
                    System.arraycopy(c, 0, content, 0, c.length);
                    System.arraycopy(n, 0, content, c.length, 8);
                    two.add(new AttachmentPort.NewScan(AttachmentService.sha256(content), "scan-" + j + ".jpg",
                            ScanKind.JPEG, content));
                }
                store.attach(letterId, two, "bench", LocalDateTime.of(2026, 11, 23, 10, 0));
            }
        }
        int links = db.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM letter_attachment").mapTo(Integer.class).one());
        System.out.printf("BENCH %,d attachments written in %.1f s%n", links, (System.nanoTime() - t0) / 1e9);
        Stats after = time(10, 40, () -> letters.search(LetterFilter.ALL, 0, 50));
        System.out.println("BENCH register first page (50 rows), no attachments:      " + before);
        System.out.println("BENCH register first page (50 rows), 10,000 attachments:  " + after);

        byte[][] scans = new byte[6][];
        for (int i = 0; i < scans.length; i++) {
            scans[i] = ScanSamples.largePdf(10 * 1024 * 1024, 100 + i);
        }
        System.out.printf("BENCH scan size %,d bytes%n", scans[0].length);
        int[] next = {0};
        Stats attach = time(1, 5, () -> service.attach(20_000 - next[0], List.of(new ScanFile("besar.pdf", scans[next[0]++])),
                LetterFixtures.LOKET));
        System.out.println("BENCH attach one 10 MB PDF (check, SHA-256, store, audit): " + attach);

        ReceiptService receipts = CommandsTestAccess.receipts(db);
        long letter = letters.search(LetterFilter.ALL, 0, 1).items().get(0).id();
        Stats receipt = time(10, 40, () -> receipts.pdf(receipts.receipt(letter, ReceiptSize.A5).orElseThrow()));
        System.out.println("BENCH receipt (read letter + PDF/A with QR):                " + receipt);

        OutgoingLetterService outgoing = new OutgoingLetterService(new OutgoingLetterStore(db), new LetterPdf(),
                LetterFixtures.clock());
        outgoing.saveSettings(LetterFixtures.ADMIN, LetterFixtures.form(LetterFixtures.SIGNER));
        long req = LetterFixtures.request(db, RequestState.SIAP_SURAT, 99_999);
        byte[] pdf = outgoing.pdf(outgoing.issue(LetterFixtures.KABID, req, 3).id());
        byte[] altered = pdf.clone();
        altered[altered.length / 2] ^= 1;
        VerificationService verify = new VerificationService(new VerificationStore(db), VerificationCodes::read);
        Stats genuine = time(10, 40, () -> verify.verifyPdf(pdf));
        Stats changed = time(10, 40, () -> verify.verifyPdf(altered));
        System.out.println("BENCH verify a genuine PDF:                                 " + genuine);
        System.out.println("BENCH verify an altered PDF (reads its code):               " + changed);
        assertThat(verify.verifyPdf(pdf).kind()).isEqualTo(Verdict.Kind.ISSUED);
        db.close();
    }

    /**
     * Attaching one 10 MB scan as the letter's detail does (read the file, check, hash, store with its
     * audit entry), phase by phase, on a small database: where the time goes.
     * {@code mvn -B test -Pbench -Dtest=PaperBenchmark#attachingA10MegabyteScanPhaseByPhase}.
     */
    @Test
    void attachingA10MegabyteScanPhaseByPhase() throws Exception {
        Database db = Database.open(dir.resolve("loket.db"));
        int runs = 9;
        for (int n = 1; n <= runs + 1; n++) {
            LetterFixtures.request(db, RequestState.DITERIMA, n);
        }
        AttachmentStore store = new AttachmentStore(db);
        AttachmentService service = new AttachmentService(store, new ScanPages(), LetterFixtures.clock());
        java.nio.file.Path[] files = new java.nio.file.Path[runs + 1];
        for (int i = 0; i < files.length; i++) {
            files[i] = java.nio.file.Files.write(dir.resolve("scan" + i + ".pdf"), ScanSamples.largePdf(10 * 1024 * 1024, 200 + i));
        }
        System.out.printf("BENCH attach phases: %,d-byte PDF, %d processors, load average %.2f%n",
                java.nio.file.Files.size(files[0]), Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        long[] read = new long[runs];
        long[] check = new long[runs];
        long[] hash = new long[runs];
        long[] stored = new long[runs];
        long[] whole = new long[runs];
        for (int i = 0; i <= runs; i++) {
            long t0 = System.nanoTime();
            ScanFile f = AttachmentService.read(files[i]);
            long t1 = System.nanoTime();
            ScanKind kind = service.check(f);
            long t2 = System.nanoTime();
            String sha = AttachmentService.sha256(f.content());
            long t3 = System.nanoTime();
            store.attach(i + 1, List.of(new AttachmentPort.NewScan(sha, f.fileName(), kind, f.content())), "bench",
                    LocalDateTime.of(2026, 11, 23, 10, 0));
            long t4 = System.nanoTime();
            if (i > 0) { // the first is the warm-up
                read[i - 1] = t1 - t0;
                check[i - 1] = t2 - t1;
                hash[i - 1] = t3 - t2;
                stored[i - 1] = t4 - t3;
            }
        }
        db.jdbi().useHandle(h -> h.execute("DELETE FROM letter_attachment"));
        db.jdbi().useHandle(h -> h.execute("DELETE FROM attachment_blob"));
        for (int i = 0; i <= runs; i++) {
            long t0 = System.nanoTime();
            service.attach(i + 1, List.of(AttachmentService.read(files[i])), LetterFixtures.LOKET);
            if (i > 0) {
                whole[i - 1] = System.nanoTime() - t0;
            }
        }
        System.out.println("BENCH   read the file:                 " + Stats.of(read));
        System.out.println("BENCH   check (sniff, PDFBox, page 1): " + Stats.of(check));
        System.out.println("BENCH   SHA-256:                       " + Stats.of(hash));
        System.out.println("BENCH   store (blob, link, audit):     " + Stats.of(stored));
        System.out.println("BENCH attach a 10 MB scan from disk (read + AttachmentService.attach): " + Stats.of(whole));
        db.close();
    }
}
