package id.kalbarprov.loket.store;

import static org.assertj.core.api.Assertions.assertThat;

import id.kalbarprov.loket.core.letters.IssuedLetter;
import id.kalbarprov.loket.core.letters.OutgoingLetterService;
import id.kalbarprov.loket.core.request.RequestState;
import id.kalbarprov.loket.documents.LetterPdf;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

/**
 * Each kind of edit made behind the app's back (issue 12), on both backends: {@code check} names the
 * row. A database the app and demo-data wrote passes with no finding.
 */
@OnBothBackends
class TamperCheckTest {

    @Parameter
    Backend backend;

    @TempDir
    Path dir;

    Database db;

    @BeforeEach
    void open() {
        db = backend.open(dir);
        DemoData.write(db, 30, 7, LocalDate.of(2026, 11, 20));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private List<String> problems() {
        return DatabaseCheck.run(db.location(), List.of(dir)).problems();
    }

    private Map<String, Object> letter(String where) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT id, agenda_number, state, clock_start FROM letter WHERE "
                + where + " ORDER BY id LIMIT 1").mapToMap().one());
    }

    private String name(Map<String, Object> l) {
        return "surat " + l.get("agenda_number") + " (id " + l.get("id") + ")";
    }

    private void behind(String... sql) {
        Backend.behindTheAppsBack(db, sql);
    }

    @Test
    void theAppsOwnDatabasePasses() {
        assertThat(problems()).isEmpty();
    }

    /**
     * What the app itself writes after this issue was built (a correction that moves a received time,
     * an old agenda book imported, a scan attached, the office emblem chosen) is no finding either.
     */
    @Test
    void correctionsImportedBooksScansAndTheEmblemPass() {
        ReferenceStore ref = new ReferenceStore(db);
        var cal = ref.calendar(new SettingsStore(db));
        var clock = LetterFixtures.clock();
        long letterId = letter("id = (SELECT max(id) FROM letter)").get("id") instanceof Number n ? n.longValue() : 0;
        var corrections = new id.kalbarprov.loket.core.intake.LetterCorrectionService(new LetterCorrectionStore(db),
                () -> cal, clock);
        var current = corrections.current(letterId).orElseThrow();
        var f = current.fields();
        corrections.correct(letterId, current.version(), new id.kalbarprov.loket.core.intake.LetterCorrection(
                f.receivedAt().minusHours(1), f.agencyId(), f.letterNumber(), f.letterDate(), "Perihal yang dibetulkan",
                f.signerRole(), f.signerName(), f.contactName(), f.contactPhone(), f.notes()),
                "Salah ketik di meja depan", LetterFixtures.KABID);
        new id.kalbarprov.loket.core.agendaimport.AgendaImportService(new AgendaImportStore(db), ref::agencies, ref::services,
                clock).importBook(id.kalbarprov.loket.core.agendaimport.AgendaBook.csv("""
                No. Agenda;Tanggal Terima;Nomor Surat;Tanggal Surat;Asal Surat;Perihal;Layanan;Keterangan
                17/AG/2019;07-01-2019;800/1/Dinkes;02/01/2019;Dinkes;Permohonan akun email;EMAIL;dari buku lama
                """), LetterFixtures.ADMIN, "agenda-lama.csv");
        String agenda = (String) letter("id = " + letterId).get("agenda_number");
        new id.kalbarprov.loket.core.attachments.AttachmentService(new AttachmentStore(db), new id.kalbarprov.loket.documents.ScanPages(),
                clock).attach(agenda, List.of(new id.kalbarprov.loket.core.attachments.ScanFile("surat.pdf",
                id.kalbarprov.loket.documents.ScanSamples.pdf(1, 1))), LetterFixtures.LOKET);
        new id.kalbarprov.loket.core.office.OfficeSettingsService(new OfficeSettingsStore(db))
                .saveEmblem(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0}, LetterFixtures.ADMIN);
        assertThat(problems()).isEmpty();
    }

    @Test
    void aChangedSubjectMovedDatesAndAStateSetDirectlyAreEachNamed() {
        Map<String, Object> a = letter("1 = 1");
        Map<String, Object> b = letter("clock_start IS NOT NULL AND state <> 'DITERIMA' AND id > " + a.get("id"));
        Map<String, Object> c = letter("id > " + b.get("id"));
        behind("UPDATE letter SET subject = 'Permohonan yang lain' WHERE id = " + a.get("id"),
                "UPDATE letter SET received_at = '2026-01-02T08:00' WHERE id = " + c.get("id"),
                "UPDATE letter SET clock_start = '2026-01-05', state = 'SELESAI' WHERE id = " + b.get("id"));
        assertThat(problems()).anySatisfy(p -> assertThat(p).startsWith(name(a) + ": subject tercatat"))
                .anySatisfy(p -> assertThat(p).startsWith(name(c) + ": received_at tercatat"))
                .anySatisfy(p -> assertThat(p).startsWith(name(b) + ": clock_start tercatat"))
                .anySatisfy(p -> assertThat(p).startsWith(name(b) + ": state tercatat"));
    }

    @Test
    void deletedHistoryAndADeletedLetterAreNamedWithTheGapInTheAgendaNumbers() {
        Map<String, Object> a = letter("state <> 'DITERIMA'");
        Map<String, Object> gone = letter("id > " + a.get("id"));
        long id = ((Number) gone.get("id")).longValue();
        behind("DELETE FROM request_history WHERE letter_id = " + a.get("id"),
                "DELETE FROM request_history WHERE letter_id = " + id,
                "DELETE FROM request_processing WHERE letter_id = " + id,
                "DELETE FROM letter_requirement WHERE letter_id = " + id,
                "DELETE FROM letter WHERE id = " + id);
        String seq = String.valueOf(Integer.parseInt(gone.get("agenda_number").toString().substring(0, 4)));
        assertThat(problems()).anySatisfy(p -> assertThat(p).startsWith("riwayat " + name(a) + ": 0 baris"))
                .anySatisfy(p -> assertThat(p).startsWith(name(gone) + " tercatat di audit tetapi tidak ada lagi"))
                .anySatisfy(p -> assertThat(p).contains("nomor agenda").contains("nomor " + seq + " "));
    }

    @Test
    void aDroppedProtectiveTriggerIsNamed() {
        behind(backend.dropTrigger("audit_log_no_delete", "audit_log"));
        assertThat(problems()).contains("pemicu pelindung audit_log_no_delete tidak ada lagi: dihapus di luar aplikasi");
    }

    @Test
    void aTruncatedOrRecomputedChainIsCaughtByTheAnchorOutsideTheDatabase() throws Exception {
        db.jdbi().useHandle(h -> AuditAnchor.head(h, LocalDateTime.now()).writeTo(dir.resolve("x.anchor")));
        long rows = db.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM audit_log").mapTo(Long.class).one());
        behind(backend.dropTrigger("audit_log_no_delete", "audit_log"), backend.dropTrigger("audit_log_no_update", "audit_log"),
                "SELECT 1");
        // Recomputed: the newest entry's after is rewritten and its hash computed again: the chain is whole.
        var last = db.jdbi().withHandle(h -> h.createQuery("SELECT * FROM audit_log ORDER BY id DESC LIMIT 1").mapToMap().one());
        String hash = AuditLog.hash((String) last.get("prev_hash"), (String) last.get("at"), "someone else",
                (String) last.get("entity"), (String) last.get("entity_id"), (String) last.get("action"),
                (String) last.get("before"), (String) last.get("after"));
        behind("UPDATE audit_log SET actor = 'someone else', hash = '" + hash + "' WHERE id = " + last.get("id"));
        List<String> recomputed = problems();
        assertThat(recomputed).noneMatch(p -> p.startsWith("audit_log diubah"));
        assertThat(recomputed).anySatisfy(p -> assertThat(p).startsWith("baris ke-" + rows + " audit_log tidak sama dengan jangkar"));

        behind("DELETE FROM audit_log WHERE id >= " + last.get("id"));
        assertThat(problems()).anySatisfy(p -> assertThat(p)
                .startsWith("audit_log hanya " + (rows - 1) + " baris, padahal jangkar"));
    }

    @Test
    void anIssuedLettersPdfChangedWithOrWithoutItsHashIsNamed() {
        OutgoingLetterService letters = new OutgoingLetterService(new OutgoingLetterStore(db), new LetterPdf(),
                LetterFixtures.clock());
        letters.saveSettings(LetterFixtures.ADMIN, LetterFixtures.form(LetterFixtures.SIGNER));
        long req = LetterFixtures.request(db, RequestState.SIAP_SURAT, 900);
        IssuedLetter issued = letters.issue(LetterFixtures.KABID, req, 3);
        String name = "surat keluar " + issued.number() + " (id " + issued.id() + ")";
        behind(backend.dropTrigger("outgoing_letter_pdf_fixed", "outgoing_letter"));
        String blob = backend == Backend.SQLITE ? "X'255044462D312E370A'" : "'\\x255044462d312e370a'::bytea";
        behind("UPDATE outgoing_letter SET pdf = " + blob + " WHERE id = " + issued.id());
        assertThat(problems()).anySatisfy(p -> assertThat(p).startsWith(name + ": isi PDF tidak sama")
                .doesNotContain("hash tersimpan"));
        behind("UPDATE outgoing_letter SET sha256 = '" + RecordCheck.sha256(new byte[] {0x25, 0x50, 0x44, 0x46, 0x2d,
                0x31, 0x2e, 0x37, 0x0a}) + "' WHERE id = " + issued.id());
        assertThat(problems()).anySatisfy(p -> assertThat(p).startsWith(name + ": isi PDF tidak sama")
                .endsWith("hash tersimpan juga diganti"))
                .contains("pemicu pelindung outgoing_letter_pdf_fixed tidak ada lagi: dihapus di luar aplikasi");
    }
}
