package id.kalbarprov.loket.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kalbarprov.loket.core.attachments.Attachment;
import id.kalbarprov.loket.core.attachments.AttachmentPort;
import id.kalbarprov.loket.core.attachments.AttachmentService;
import id.kalbarprov.loket.core.attachments.ScanFile;
import id.kalbarprov.loket.core.attachments.ScanKind;
import id.kalbarprov.loket.core.attachments.ScanProblem;
import id.kalbarprov.loket.core.attachments.ScanRefusedException;
import id.kalbarprov.loket.core.auth.AccessDeniedException;
import id.kalbarprov.loket.core.calendar.WorkingCalendar;
import id.kalbarprov.loket.core.intake.IntakeService;
import id.kalbarprov.loket.core.intake.LetterDraft;
import id.kalbarprov.loket.core.intake.SignerRole;
import id.kalbarprov.loket.core.request.RequestState;
import id.kalbarprov.loket.documents.ScanPages;
import id.kalbarprov.loket.documents.ScanSamples;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

/** Scanned letters stored content-addressed, all or nothing, audited, on both backends. */
@OnBothBackends
class AttachmentStoreTest {

    @Parameter
    Backend backend;

    @TempDir
    Path dir;
    Database db;
    AttachmentService service;
    long first;
    long second;

    @BeforeEach
    void open() {
        db = backend.open(dir);
        service = new AttachmentService(new AttachmentStore(db), new ScanPages(), LetterFixtures.clock());
        first = LetterFixtures.request(db, RequestState.DITERIMA, 1);
        second = LetterFixtures.request(db, RequestState.DITERIMA, 2);
    }

    private int count(String table) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM " + table).mapTo(Integer.class).one());
    }

    @Test
    void theSameScanOnTwoLettersIsStoredOnceAndEachLinkIsAudited() {
        byte[] scan = ScanSamples.pdf(2, 1);
        byte[] photo = ScanSamples.jpeg(1);
        List<Attachment> a = service.attach(first, List.of(new ScanFile("surat.pdf", scan),
                new ScanFile("C:\\Pindai\\lampiran.JPG", photo)), LetterFixtures.LOKET);
        service.attach("0002/SM/2026", List.of(new ScanFile("salinan.pdf", scan)), LetterFixtures.LOKET);

        assertThat(a).extracting(Attachment::fileName).containsExactly("surat.pdf", "lampiran.JPG");
        assertThat(a).extracting(Attachment::kind).containsExactly(ScanKind.PDF, ScanKind.JPEG);
        assertThat(count("attachment_blob")).isEqualTo(2);
        assertThat(count("letter_attachment")).isEqualTo(3);
        assertThat(service.forLetter(second)).singleElement().satisfies(x -> {
            assertThat(x.fileName()).isEqualTo("salinan.pdf");
            assertThat(x.size()).isEqualTo(scan.length);
            assertThat(x.addedBy()).isEqualTo("Budi Santoso (loket)");
            assertThat(service.content(x)).isEqualTo(scan);
        });
        assertThat(AuditLog.forEntity(db.jdbi(), "letter", first)).filteredOn(e -> e.action().equals("attach"))
                .hasSize(2).first().satisfies(e -> assertThat(e.after()).contains("\"fileName\":\"surat.pdf\"",
                        AttachmentService.sha256(scan)));
        assertThat(AuditLog.verify(db.jdbi()).ok()).isTrue();
        assertThat(db.jdbi().withHandle(AttachmentStore::health).damaged()).isEmpty();
    }

    @Test
    void oneBadFileAttachesNothingOfTheOthers() {
        byte[] good = ScanSamples.png(2);
        int audits = count("audit_log");
        assertThatThrownBy(() -> service.attach(first, List.of(new ScanFile("baik.png", good),
                new ScanFile("surat.pdf", "Ini dokumen Word, bukan PDF".getBytes(StandardCharsets.UTF_8))),
                LetterFixtures.LOKET))
                .isInstanceOfSatisfying(ScanRefusedException.class, e -> {
                    assertThat(e.problem()).isEqualTo(ScanProblem.NOT_A_SCAN);
                    assertThat(e.fileName()).isEqualTo("surat.pdf");
                });
        service.attach(first, List.of(new ScanFile("baik.png", good)), LetterFixtures.LOKET);
        // the same file again, with a new one beside it: refused whole, the new one not half-saved
        assertThatThrownBy(() -> service.attach(first, List.of(new ScanFile("baru.jpg", ScanSamples.jpeg(9)),
                new ScanFile("lagi.png", good)), LetterFixtures.LOKET))
                .isInstanceOfSatisfying(ScanRefusedException.class,
                        e -> assertThat(e.problem()).isEqualTo(ScanProblem.ALREADY_ATTACHED));
        assertThat(service.forLetter(first)).extracting(Attachment::fileName).containsExactly("baik.png");
        assertThat(count("attachment_blob")).isEqualTo(1);
        assertThat(count("audit_log")).isEqualTo(audits + 1);
    }

    @Test
    void passwordDamagedOversizedAndUnknownAreRefusedByName() {
        assertThat(problem("kunci.pdf", ScanSamples.passwordPdf())).isEqualTo(ScanProblem.PASSWORD);
        assertThat(problem("potong.pdf", ScanSamples.cutPdf())).isEqualTo(ScanProblem.DAMAGED);
        byte[] big = new byte[(int) AttachmentService.MAX_BYTES + 1];
        big[0] = (byte) 0xFF;
        big[1] = (byte) 0xD8;
        big[2] = (byte) 0xFF;
        assertThat(problem("besar.jpg", big)).isEqualTo(ScanProblem.TOO_LARGE);
        assertThat(problem("kosong.pdf", new byte[0])).isEqualTo(ScanProblem.EMPTY);
        byte[] fakePng = ScanSamples.png(1).clone();
        java.util.Arrays.fill(fakePng, 40, fakePng.length, (byte) 0);
        assertThat(problem("rusak.png", fakePng)).isEqualTo(ScanProblem.DAMAGED);
        assertThatThrownBy(() -> service.attach("9999/SM/2026", List.of(new ScanFile("a.png", ScanSamples.png(1))),
                LetterFixtures.LOKET)).isInstanceOfSatisfying(ScanRefusedException.class,
                        e -> assertThat(e.problem()).isEqualTo(ScanProblem.NO_LETTER));
        assertThatThrownBy(() -> service.attach(first, List.of(new ScanFile("a.png", ScanSamples.png(1))),
                LetterFixtures.KABID)).isInstanceOf(AccessDeniedException.class);
        assertThat(count("letter_attachment") + count("attachment_blob")).isZero();
    }

    IntakeService intake() {
        // the two fixture letters hold serials 1 and 2 of 2026
        db.jdbi().useHandle(h -> h.execute("INSERT INTO agenda_counter (year, last_seq) VALUES (2026, 2) ON CONFLICT (year) DO NOTHING"));
        ReferenceStore ref = new ReferenceStore(db);
        WorkingCalendar cal = ref.calendar(new SettingsStore(db));
        return new IntakeService(new LetterStore(db), id -> ref.services().stream().filter(s -> s.id() == id).findFirst(),
                () -> cal, LetterFixtures.clock());
    }

    LetterDraft draft(String number) {
        return new LetterDraft(LocalDateTime.of(2026, 11, 23, 9, 30), 5L, number, LocalDate.of(2026, 11, 20),
                "Permohonan akun email", 3L, SignerRole.KEPALA_PD, "dr. Erna Yulianti", Set.of(), null, null, null);
    }

    @Test
    void aLetterRegisteredWithItsScansIsOneTransaction() {
        byte[] pdf = ScanSamples.pdf(2, 3);
        var done = (IntakeService.Done) intake().register(draft("800/10/Dinkes"), LetterFixtures.LOKET, false,
                service.prepare(List.of(new ScanFile("surat.pdf", pdf), new ScanFile("foto.png", ScanSamples.png(4)))));
        assertThat(done.scans()).isEqualTo(2);
        assertThat(service.forLetter(done.id())).extracting(Attachment::fileName).containsExactly("surat.pdf", "foto.png");
        assertThat(AuditLog.forEntity(db.jdbi(), "letter", done.id())).extracting(e -> e.action())
                .containsExactly("register", "attach", "attach");
        assertThat(AuditLog.verify(db.jdbi()).ok()).isTrue();
    }

    @Test
    void anOversizedScanAtRegistrationLeavesNoLetterAndNoAgendaNumberUsed() {
        int letters = count("letter");
        int audits = count("audit_log");
        byte[] big = new byte[(int) AttachmentService.MAX_BYTES + 1];
        big[0] = (byte) 0xFF;
        big[1] = (byte) 0xD8;
        big[2] = (byte) 0xFF;
        var good = service.prepare(List.of(new ScanFile("surat.pdf", ScanSamples.pdf(1, 1)))).get(0);
        var oversized = new AttachmentPort.NewScan(AttachmentService.sha256(big), "besar.jpg", ScanKind.JPEG, big);
        assertThatThrownBy(() -> intake().register(draft("800/11/Dinkes"), LetterFixtures.LOKET, false,
                List.of(good, oversized))).isInstanceOfSatisfying(ScanRefusedException.class, e -> {
                    assertThat(e.problem()).isEqualTo(ScanProblem.TOO_LARGE);
                    assertThat(e.fileName()).isEqualTo("besar.jpg");
                });
        assertThat(count("letter")).isEqualTo(letters);
        assertThat(count("letter_attachment") + count("attachment_blob")).isZero();
        assertThat(count("audit_log")).isEqualTo(audits);
        // the refused registration took no agenda number: the next letter gets the next free one
        var next = (IntakeService.Done) intake().register(draft("800/12/Dinkes"), LetterFixtures.LOKET, false, List.of());
        assertThat(next.agendaNumber()).isEqualTo("0003/SM/2026");
    }

    List<String> scanFindings() {
        return DatabaseCheck.run(db.location(), List.of()).problems().stream().filter(p -> p.contains("lampiran")).toList();
    }

    @Test
    void aWronglyAttachedScanIsRemovedWithAReasonAuditedAndCheckStillPassesButAQuietDeleteIsCaught() {
        byte[] wrong = ScanSamples.pdf(1, 7);
        var done = (IntakeService.Done) intake().register(draft("800/20/Dinkes"), LetterFixtures.LOKET, false,
                service.prepare(List.of(new ScanFile("surat.pdf", ScanSamples.pdf(2, 3)), new ScanFile("salah.pdf", wrong),
                        new ScanFile("foto.png", ScanSamples.png(5)))));
        List<Attachment> scans = service.forLetter(done.id());
        assertThat(scanFindings()).isEmpty();

        assertThatThrownBy(() -> service.detach(done.id(), scans.get(1), "  ", LetterFixtures.LOKET))
                .isInstanceOf(id.kalbarprov.loket.core.validation.ValidationException.class);
        assertThat(service.forLetter(done.id())).hasSize(3);

        service.detach(done.id(), scans.get(1), "Salah lampir: pindaian surat Dinas PUPR", LetterFixtures.LOKET);
        assertThat(service.forLetter(done.id())).extracting(Attachment::fileName).containsExactly("surat.pdf", "foto.png");
        assertThat(count("attachment_blob")).as("the wrong file's bytes are gone").isEqualTo(2);
        assertThat(AuditLog.forEntity(db.jdbi(), "letter", done.id())).filteredOn(e -> e.action().equals("detach"))
                .singleElement().satisfies(e -> {
                    assertThat(e.before()).contains("\"fileName\":\"salah.pdf\"", AttachmentService.sha256(wrong));
                    assertThat(e.after()).contains("Salah lampir: pindaian surat Dinas PUPR");
                    assertThat(e.actor()).isEqualTo("Budi Santoso (loket)");
                });
        assertThat(AuditLog.verify(db.jdbi()).ok()).isTrue();
        assertThat(scanFindings()).as("check passes after a removal through the app").isEmpty();
        assertThatThrownBy(() -> service.detach(done.id(), scans.get(1), "lagi", LetterFixtures.LOKET))
                .isInstanceOfSatisfying(ScanRefusedException.class,
                        e -> assertThat(e.problem()).isEqualTo(ScanProblem.NOT_ATTACHED));

        Backend.behindTheAppsBack(db, "DELETE FROM letter_attachment WHERE id = " + scans.get(2).id());
        assertThat(scanFindings()).singleElement().asString().contains("foto.png", "tercatat di audit tetapi tidak ada lagi");
    }

    @Test
    void onlyThoseWhoMayCorrectTheLetterRemoveItsScansAndNeverOnceItIsFinished() {
        long reviewed = LetterFixtures.request(db, RequestState.DIKAJI, 3);
        long done = LetterFixtures.request(db, RequestState.SELESAI, 4);
        byte[] scan = ScanSamples.png(6);
        Attachment onReviewed = service.attach(reviewed, List.of(new ScanFile("a.png", scan)), LetterFixtures.LOKET).get(0);
        Attachment onDone = service.attach(done, List.of(new ScanFile("a.png", scan)), LetterFixtures.LOKET).get(0);
        assertThat(service.mayDetach(reviewed, LetterFixtures.LOKET)).isFalse();
        assertThat(service.mayDetach(reviewed, LetterFixtures.KABID)).isTrue();
        assertThat(service.mayDetach(done, LetterFixtures.KABID)).isFalse();
        assertThatThrownBy(() -> service.detach(reviewed, onReviewed, "salah", LetterFixtures.LOKET))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.detach(done, onDone, "salah", LetterFixtures.KABID))
                .isInstanceOfSatisfying(ScanRefusedException.class, e -> {
                    assertThat(e.problem()).isEqualTo(ScanProblem.LETTER_FINISHED);
                    assertThat(e.fileName()).isEqualTo("0004/SM/2026");
                });
        service.detach(reviewed, onReviewed, "Salah lampir", LetterFixtures.KABID);
        assertThat(service.forLetter(reviewed)).isEmpty();
        // the same file on the finished letter keeps its bytes
        assertThat(service.content(service.forLetter(done).get(0))).isEqualTo(scan);
        assertThat(count("attachment_blob")).isEqualTo(1);
    }

    private ScanProblem problem(String name, byte[] content) {
        try {
            service.attach(first, List.of(new ScanFile(name, content)), LetterFixtures.LOKET);
            return null;
        } catch (ScanRefusedException e) {
            assertThat(e.fileName()).isEqualTo(name);
            return e.problem();
        }
    }
}
