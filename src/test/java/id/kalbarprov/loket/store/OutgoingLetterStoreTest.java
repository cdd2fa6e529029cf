package id.kalbarprov.loket.store;

import static id.kalbarprov.loket.store.LetterFixtures.ADMIN;
import static id.kalbarprov.loket.store.LetterFixtures.KABID;
import static id.kalbarprov.loket.store.LetterFixtures.LOKET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kalbarprov.loket.core.auth.AccessDeniedException;
import id.kalbarprov.loket.core.catalog.ServiceKind;
import id.kalbarprov.loket.core.letters.Delivery;
import id.kalbarprov.loket.core.letters.IssuedLetter;
import id.kalbarprov.loket.core.letters.LetterIssuer;
import id.kalbarprov.loket.core.letters.LetterKind;
import id.kalbarprov.loket.core.letters.LetterRenderer;
import id.kalbarprov.loket.core.letters.LetterTemplate;
import id.kalbarprov.loket.core.letters.OutgoingLetterService;
import id.kalbarprov.loket.core.letters.PendingLetter;
import id.kalbarprov.loket.core.letters.SignerMissingException;
import id.kalbarprov.loket.core.request.RequestState;
import id.kalbarprov.loket.core.validation.ValidationException;
import id.kalbarprov.loket.documents.LetterPdf;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.stream.LongStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

@OnBothBackends
class OutgoingLetterStoreTest {

    @Parameter
    Backend backend;

    @TempDir
    Path dir;

    private OutgoingLetterService open(Database db) {
        return new OutgoingLetterService(new OutgoingLetterStore(db), new LetterPdf(), LetterFixtures.clock());
    }

    private OutgoingLetterService withSigner(Database db) {
        OutgoingLetterService store = open(db);
        store.saveSettings(ADMIN, LetterFixtures.form(LetterFixtures.SIGNER));
        return store;
    }

    private static int count(Database db, String sql) {
        return db.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Integer.class).one());
    }

    private static String text(byte[] pdf) throws Exception {
        try (var doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    @Test
    void issuingADoneLetterNumbersItStoresThePdfAndFinishesTheRequest() throws Exception {
        Database db = backend.open(dir);
        OutgoingLetterService store = withSigner(db);
        long req = LetterFixtures.request(db, RequestState.SIAP_SURAT, 1);
        assertThat(store.waiting()).extracting(PendingLetter::letterId).containsExactly(req);

        IssuedLetter issued = store.issue(KABID, req, 3);

        assertThat(issued.number()).isEqualTo("500.12.6/1/Diskominfo");
        assertThat(issued.letterDate()).isEqualTo(LocalDate.of(2026, 11, 23));
        byte[] pdf = store.pdf(issued.id());
        assertThat(LetterIssuer.sha256(pdf)).isEqualTo(issued.sha256());
        assertThat(text(pdf)).contains("500.12.6/1/Diskominfo", "Pontianak, 23 November 2026",
                "Akun email sekretariat.dinkes@kalbarprov.go.id telah dibuat", "NIP. 19650916 199303 1 002");
        String stateAndVersion = db.jdbi().withHandle(h -> h.createQuery(
                "SELECT state || '/' || version FROM letter WHERE id = ?").bind(0, req).mapTo(String.class).one());
        assertThat(stateAndVersion).isEqualTo("SELESAI/4");
        assertThat(count(db, "SELECT count(*) FROM request_history WHERE to_state = 'SELESAI' AND note LIKE "
                + "'%500.12.6/1/Diskominfo%'")).isEqualTo(1);
        assertThat(AuditLog.forEntity(db.jdbi(), "outgoing_letter", issued.id())).extracting(AuditLog.Entry::action)
                .containsExactly("issue");
        assertThat(AuditLog.verify(db.jdbi()).ok()).isTrue();
        assertThat(store.waiting()).isEmpty();

        long second = LetterFixtures.request(db, RequestState.SIAP_SURAT, 2);
        assertThat(store.issue(KABID, second, 3).number()).isEqualTo("500.12.6/2/Diskominfo");
    }

    @Test
    void aReprintIsTheStoredBytesWhateverTheTemplateBecomesLater() throws Exception {
        Database db = backend.open(dir);
        OutgoingLetterService store = withSigner(db);
        var issued = store.issue(KABID, LetterFixtures.request(db, RequestState.SIAP_SURAT, 1), 3);
        byte[] first = store.pdf(issued.id());

        LetterTemplate t = store.template(ServiceKind.EMAIL, LetterKind.SELESAI);
        store.saveTemplate(ADMIN, new LetterTemplate(t.service(), t.kind(), "Hal baru {layanan}",
                "Teks yang sama sekali baru untuk {nama_pd}.", t.version()));

        byte[] reprint = store.pdf(issued.id());
        assertThat(LetterIssuer.sha256(reprint)).isEqualTo(issued.sha256())
                .isEqualTo(LetterIssuer.sha256(first));
        assertThat(text(reprint)).contains("Konfirmasi Layanan Email Kedinasan").doesNotContain("Hal baru");
        String body = db.jdbi().withHandle(h -> h.createQuery("SELECT body FROM outgoing_letter")
                .mapTo(String.class).one());
        assertThat(body).contains("Menindaklanjuti surat Saudara Nomor 800/1/Dinkes");
    }

    @Test
    void aWrongRoleIsRefusedAndNothingIsIssued() {
        Database db = backend.open(dir);
        OutgoingLetterService store = withSigner(db);
        long req = LetterFixtures.request(db, RequestState.SIAP_SURAT, 1);
        assertThatThrownBy(() -> store.issue(LOKET, req, 3)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> store.saveSettings(KABID, LetterFixtures.form(LetterFixtures.SIGNER)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(count(db, "SELECT count(*) FROM outgoing_letter")).isZero();
        assertThat(count(db, "SELECT count(*) FROM outgoing_counter")).isZero();
    }

    @Test
    void withoutASignerNothingIsIssuedAndNoNumberIsBurned() {
        Database db = backend.open(dir);
        OutgoingLetterService store = open(db);
        long req = LetterFixtures.request(db, RequestState.SIAP_SURAT, 1);
        assertThatThrownBy(() -> store.issue(KABID, req, 3)).isInstanceOf(SignerMissingException.class);
        assertThat(count(db, "SELECT count(*) FROM outgoing_letter")).isZero();
        assertThat(count(db, "SELECT count(*) FROM outgoing_counter")).isZero();
        assertThat(store.waiting()).hasSize(1);
    }

    @Test
    void anImplausibleNipIsRefused() {
        Database db = backend.open(dir);
        OutgoingLetterService store = open(db);
        var bad = new id.kalbarprov.loket.core.letters.Signer("Nama", "Jabatan", "Pembina", "196513161993031002", false);
        assertThatThrownBy(() -> store.saveSettings(ADMIN, LetterFixtures.form(bad)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field() + ":" + v.key()).containsExactly("nip:validation.nip.birth"));
        assertThat(store.settings().signer()).isEmpty();
    }

    @Test
    void aFailedRenderingRollsTheSerialBack() {
        Database db = backend.open(dir);
        withSigner(db);
        long req = LetterFixtures.request(db, RequestState.SIAP_SURAT, 1);
        LetterRenderer broken = c -> {
            throw new IllegalStateException("printer font missing");
        };
        OutgoingLetterService failing = new OutgoingLetterService(new OutgoingLetterStore(db), broken, LetterFixtures.clock());
        assertThatThrownBy(() -> failing.issue(KABID, req, 3)).hasMessageContaining("font missing");
        assertThat(count(db, "SELECT count(*) FROM outgoing_letter")).isZero();
        assertThat(count(db, "SELECT count(*) FROM outgoing_counter")).isZero();
        assertThat(count(db, "SELECT count(*) FROM letter WHERE state = 'SIAP_SURAT'")).isEqualTo(1);
        assertThat(open(db).issue(KABID, req, 3).number()).isEqualTo("500.12.6/1/Diskominfo");
    }

    @Test
    void aTemplateWithAnUnknownPlaceholderIsNotSaved() {
        Database db = backend.open(dir);
        OutgoingLetterService store = open(db);
        LetterTemplate t = store.template(ServiceKind.HOSTING, LetterKind.DITOLAK);
        assertThatThrownBy(() -> store.saveTemplate(ADMIN, new LetterTemplate(t.service(), t.kind(), t.subject(),
                t.body() + " Hubungi {nama_petugas}.", t.version())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field() + ":" + v.key() + ":" + v.args())
                        .containsExactly("body:validation.template.unknownPlaceholder:[{nama_petugas}]"));
        assertThat(store.template(ServiceKind.HOSTING, LetterKind.DITOLAK)).isEqualTo(t);
    }

    @Test
    void aCancelledNumberStaysInTheRegisterAndIsNeverReused() {
        Database db = backend.open(dir);
        OutgoingLetterService store = withSigner(db);
        long req = LetterFixtures.request(db, RequestState.SIAP_SURAT, 1);
        var first = store.issue(KABID, req, 3);
        assertThatThrownBy(() -> store.cancel(KABID, first.id(), " ")).isInstanceOf(ValidationException.class);
        store.cancel(KABID, first.id(), "Salah alamat tujuan");

        assertThat(store.waiting()).extracting(PendingLetter::letterId).containsExactly(req);
        var again = store.issue(KABID, req, 4);
        assertThat(again.number()).isEqualTo("500.12.6/2/Diskominfo");
        assertThat(store.issued(10)).extracting(i -> i.number() + " " + i.cancelled() + " " + i.cancelReason())
                .containsExactly("500.12.6/2/Diskominfo false null",
                        "500.12.6/1/Diskominfo true Salah alamat tujuan");
        assertThatThrownBy(() -> db.jdbi().useHandle(h -> h.execute("DELETE FROM outgoing_letter")))
                .hasMessageContaining("keeps every number");
    }

    @Test
    void returnedAndRefusedRequestsGetTheirLetterAndKeepTheirState() throws Exception {
        Database db = backend.open(dir);
        OutgoingLetterService store = withSigner(db);
        long returned = LetterFixtures.request(db, RequestState.DIKEMBALIKAN, 1);
        long refused = LetterFixtures.request(db, RequestState.DITOLAK, 2);
        assertThat(store.waiting()).extracting(PendingLetter::kind)
                .containsExactly(LetterKind.DIKEMBALIKAN, LetterKind.DITOLAK);

        var r = store.issue(KABID, returned, 3);
        var d = store.issue(KABID, refused, 3);

        assertThat(text(store.pdf(r.id()))).contains("Pengembalian Berkas",
                "Surat permintaan belum ditandatangani Kepala Dinas");
        assertThat(text(store.pdf(d.id()))).contains("belum dapat kami penuhi", "Nama akun sudah dipakai.");
        assertThat(count(db, "SELECT count(*) FROM letter WHERE state IN ('DIKEMBALIKAN', 'DITOLAK') AND version = 3"))
                .isEqualTo(2);
        assertThat(store.waiting()).isEmpty();
        assertThatThrownBy(() -> store.issue(KABID, refused, 3))
                .isInstanceOf(id.kalbarprov.loket.core.validation.ConcurrentChangeException.class);
    }

    @Test
    void deliveryIsRecordedAndAudited() {
        Database db = backend.open(dir);
        OutgoingLetterService store = withSigner(db);
        var issued = store.issue(KABID, LetterFixtures.request(db, RequestState.SIAP_SURAT, 1), 3);
        assertThatThrownBy(() -> store.recordDelivery(KABID, issued.id(), Delivery.LANGSUNG,
                LocalDate.of(2026, 11, 24), "Andi")).isInstanceOf(ValidationException.class);
        store.recordDelivery(KABID, issued.id(), Delivery.LANGSUNG, LocalDate.of(2026, 11, 23), "Andi Pratama");
        var after = store.find(issued.id()).orElseThrow();
        assertThat(after.delivery()).isEqualTo(Delivery.LANGSUNG);
        assertThat(after.receiver()).isEqualTo("Andi Pratama");
        assertThat(AuditLog.forEntity(db.jdbi(), "outgoing_letter", issued.id())).extracting(AuditLog.Entry::action)
                .containsExactly("issue", "delivery");
    }

    @Test
    void twoWorkstationsIssuingAtOnceGetNoDuplicateAndNoGap() throws Exception {
        Database setup = backend.open(dir);
        withSigner(setup);
        int perStation = 12;
        List<Long> requests = new ArrayList<>();
        for (int i = 1; i <= perStation * 2; i++) {
            requests.add(LetterFixtures.request(setup, RequestState.SIAP_SURAT, i));
        }
        ConcurrentLinkedQueue<String> numbers = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Throwable> errors = new ConcurrentLinkedQueue<>();
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int s = 0; s < 2; s++) {
            Database station = backend.open(dir);
            OutgoingLetterService store = open(station);
            List<Long> mine = requests.subList(s * perStation, (s + 1) * perStation);
            Thread t = new Thread(() -> {
                try {
                    start.await();
                    for (long req : mine) {
                        numbers.add(store.issue(KABID, req, 3).number());
                    }
                } catch (Throwable e) {
                    errors.add(e);
                }
            });
            t.start();
            threads.add(t);
        }
        start.countDown();
        for (Thread t : threads) {
            t.join(120_000);
        }
        assertThat(errors).isEmpty();
        List<Long> serials = new ArrayList<>(numbers.stream()
                .map(n -> Long.parseLong(n.split("/")[1])).toList());
        Collections.sort(serials);
        assertThat(serials).containsExactlyElementsOf(LongStream.rangeClosed(1, perStation * 2L).boxed().toList());
        assertThat(count(setup, "SELECT count(DISTINCT number) FROM outgoing_letter")).isEqualTo(perStation * 2);
        assertThat(AuditLog.verify(setup.jdbi()).ok()).isTrue();
    }

    @Test
    void theSerialRestartsEveryYearAndTheSameNumberMayRecurInAnotherYear() {
        Database db = backend.open(dir);
        withSigner(db);
        java.time.ZoneId zone = java.time.ZoneId.systemDefault();
        OutgoingLetterService december = new OutgoingLetterService(new OutgoingLetterStore(db), new LetterPdf(), java.time.Clock.fixed(
                java.time.LocalDateTime.of(2026, 12, 31, 9, 0).atZone(zone).toInstant(), zone));
        OutgoingLetterService january = new OutgoingLetterService(new OutgoingLetterStore(db), new LetterPdf(), java.time.Clock.fixed(
                java.time.LocalDateTime.of(2027, 1, 4, 9, 0).atZone(zone).toInstant(), zone));
        assertThat(december.issue(KABID, LetterFixtures.request(db, RequestState.SIAP_SURAT, 1), 3).number())
                .isEqualTo("500.12.6/1/Diskominfo");
        assertThat(december.issue(KABID, LetterFixtures.request(db, RequestState.SIAP_SURAT, 2), 3).number())
                .isEqualTo("500.12.6/2/Diskominfo");
        var next = january.issue(KABID, LetterFixtures.request(db, RequestState.SIAP_SURAT, 3), 3);
        assertThat(next.number()).isEqualTo("500.12.6/1/Diskominfo");
        assertThat(next.year()).isEqualTo(2027);
        assertThat(january.issued(10)).extracting(i -> i.year() + " " + i.number())
                .containsExactly("2027 500.12.6/1/Diskominfo", "2026 500.12.6/2/Diskominfo", "2026 500.12.6/1/Diskominfo");
    }
}
