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
        return "Surat " + l.get("agenda_number") + " (id " + l.get("id") + ")";
    }

    private id.kalbarprov.loket.core.auth.OperatorService operators() {
        return new id.kalbarprov.loket.core.auth.OperatorService(new OperatorStore(db),
                new id.kalbarprov.loket.core.auth.PasswordHasher(1024, 1, 1),
                () -> OperatorStore.policy(new SettingsStore(db)), java.time.Clock.systemDefaultZone());
    }

    /** Budi, a front-desk clerk the Admin created in the app. */
    private static id.kalbarprov.loket.core.auth.Operator clerk(id.kalbarprov.loket.core.auth.OperatorService operators,
                                                               id.kalbarprov.loket.core.auth.Actor admin) {
        return operators.create(admin, "budi", "Budi Santoso", java.util.Set.of(
                id.kalbarprov.loket.core.auth.Role.PETUGAS_LOKET), null).operator();
    }

    /** Registers a complete letter at the front desk, as the app does (its clock starts at registration). */
    private long register(id.kalbarprov.loket.core.auth.Actor desk, String number) {
        ReferenceStore ref = new ReferenceStore(db);
        var calendar = ref.calendar(new SettingsStore(db));
        var services = ref.services();
        var intake = new id.kalbarprov.loket.core.intake.IntakeService(new LetterStore(db), id -> services.stream()
                .filter(s -> s.id() == id).findFirst(), () -> calendar, java.time.Clock.systemDefaultZone());
        return ((id.kalbarprov.loket.core.intake.IntakeService.Done) intake.register(TwoInstancesTest.draft(db, number),
                desk, true)).id();
    }

    private id.kalbarprov.loket.core.complaints.ComplaintService complaints() {
        ReferenceStore ref = new ReferenceStore(db);
        var calendar = ref.calendar(new SettingsStore(db));
        var clock = java.time.Clock.systemDefaultZone();
        return new id.kalbarprov.loket.core.complaints.ComplaintService(new ComplaintStore(db, () -> calendar, clock),
                ref::complaintChannels, ref::complaintCategories, clock);
    }

    private long complaint(id.kalbarprov.loket.core.auth.Actor desk) {
        long channel = new ReferenceStore(db).complaintChannels().get(0).id();
        return complaints().register(new id.kalbarprov.loket.core.complaints.ComplaintDraft(java.time.LocalDateTime.now()
                .withNano(0).minusHours(1), channel, "REF-1", false, "Rina Marlina",
                id.kalbarprov.loket.core.complaints.ComplainantKind.MASYARAKAT, null, "0812 3456 7890", null, null,
                "Akun video conference belum aktif sejak minggu lalu."), desk).id();
    }

    private static id.kalbarprov.loket.core.auth.Actor everyRole(id.kalbarprov.loket.core.auth.Actor admin) {
        return new id.kalbarprov.loket.core.auth.Actor(admin.id(), admin.username(), admin.fullName(),
                java.util.EnumSet.allOf(id.kalbarprov.loket.core.auth.Role.class));
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

    /** The report's tallies are no audited rows, but a hand edit of them changes a signed report: named. */
    @Test
    void aReportTallyEditedBehindTheAppsBackIsNamed() {
        behind("UPDATE report_completed SET requests = requests + 5 WHERE day = (SELECT min(day) FROM report_completed)",
                "DELETE FROM report_moved WHERE day = (SELECT max(day) FROM report_moved)");
        assertThat(problems()).anySatisfy(p -> assertThat(p).startsWith("Rekap laporan report_completed: ")
                        .contains("diubah di luar aplikasi"))
                .anySatisfy(p -> assertThat(p).startsWith("Rekap laporan report_moved: 1 baris "))
                .noneSatisfy(p -> assertThat(p).startsWith("Rekap laporan report_received"));
    }

    @Test
    void aChangedSubjectMovedDatesAndAStateSetDirectlyAreEachNamed() {
        Map<String, Object> a = letter("1 = 1");
        Map<String, Object> b = letter("clock_start IS NOT NULL AND state <> 'DITERIMA' AND id > " + a.get("id"));
        Map<String, Object> c = letter("id > " + b.get("id"));
        behind("UPDATE letter SET subject = 'Permohonan yang lain' WHERE id = " + a.get("id"),
                "UPDATE letter SET received_at = '2026-01-02T08:00' WHERE id = " + c.get("id"),
                "UPDATE letter SET clock_start = '2026-01-05', state = 'SELESAI' WHERE id = " + b.get("id"));
        assertThat(problems()).anySatisfy(p -> assertThat(p).startsWith(name(a) + ": perihal (subject) tercatat"))
                .anySatisfy(p -> assertThat(p).startsWith(name(c) + ": tanggal terima (received_at) tercatat")
                        .endsWith("sekarang \"2026-01-02T08:00\" (diubah di luar aplikasi)"))
                .anySatisfy(p -> assertThat(p).startsWith(name(b) + ": awal hitungan hari kerja (clock_start) tercatat"))
                .anySatisfy(p -> assertThat(p).startsWith(name(b) + ": status (state) tercatat"));
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
        assertThat(problems()).anySatisfy(p -> assertThat(p).startsWith("Riwayat " + name(a) + ", baris ke-1 (")
                        .endsWith("tidak ada lagi: dihapus di luar aplikasi"))
                .anySatisfy(p -> assertThat(p).startsWith(name(gone) + " tercatat di audit tetapi tidak ada lagi"))
                .anySatisfy(p -> assertThat(p).contains("nomor agenda").contains("nomor " + seq + " "));
    }

    @Test
    void aClockStartedAtRegistrationMovedIsNamed() {
        long id = register(everyRole(operators().createFirstAdministrator("admin", "Siti Admin", "rahasia-kantor")), "N/7");
        Map<String, Object> a = letter("id = " + id + " AND state = 'DITERIMA' AND clock_start IS NOT NULL");
        behind("UPDATE letter SET clock_start = '2026-11-30' WHERE id = " + a.get("id"));
        assertThat(problems()).anySatisfy(p -> assertThat(p)
                .startsWith(name(a) + ": awal hitungan hari kerja (clock_start) tercatat \"" + a.get("clock_start") + "\"")
                .contains("sekarang \"2026-11-30\""));
    }

    @Test
    void aHistoryRowChangedOrAddedIsNamedRowByRow() {
        Map<String, Object> a = letter("state IN ('DIPROSES', 'SIAP_SURAT', 'SELESAI')");
        Map<String, Object> b = letter("id > " + a.get("id"));
        long second = db.jdbi().withHandle(h -> h.createQuery("SELECT id FROM request_history WHERE letter_id = ? ORDER BY id"
                + " LIMIT 1 OFFSET 1").bind(0, a.get("id")).mapTo(Long.class).one());
        behind("UPDATE request_history SET at = '2026-01-05T08:00', actor = 'orang lain' WHERE id = " + second,
                "INSERT INTO request_history (letter_id, at, actor, from_state, to_state, note) VALUES (" + b.get("id")
                        + ", '2026-11-19T10:00', 'x', 'DITERIMA', 'DITOLAK', 'tambahan')");
        assertThat(problems())
                .anySatisfy(p -> assertThat(p).startsWith("Riwayat " + name(a) + ", baris ke-2 (id " + second + "): at tercatat")
                        .endsWith("sekarang \"2026-01-05T08:00\" (diubah di luar aplikasi)"))
                .anySatisfy(p -> assertThat(p).startsWith("Riwayat " + name(a) + ", baris ke-2 (id " + second + "): actor tercatat"))
                .anySatisfy(p -> assertThat(p).startsWith("Riwayat " + name(b) + ": 1 baris tanpa catatan audit"));
    }

    @Test
    void complaintsOperatorsHolidaysAndSettingsChangedBehindTheAppsBackAreEachNamed() {
        var operators = operators();
        var admin = operators.createFirstAdministrator("admin", "Siti Admin", "rahasia-kantor");
        var budi = clerk(operators, admin);
        new id.kalbarprov.loket.core.calendar.HolidayService(new HolidayStore(db)).add(LocalDate.of(2026, 12, 31),
                id.kalbarprov.loket.core.calendar.HolidayKind.CUTI_BERSAMA, "Cuti bersama akhir tahun", "Keppres 9/2026", admin);
        long complaintId = complaint(everyRole(admin));
        Map<String, Object> complaint = db.jdbi().withHandle(h -> h.createQuery(
                "SELECT id, number FROM complaint WHERE id = " + complaintId).mapToMap().one());
        behind(backend.dropTrigger("audit_log_no_delete", "audit_log"),
                "UPDATE complaint SET received_at = '2026-01-02T08:00' WHERE id = " + complaintId,
                "UPDATE operator SET roles = 'ADMIN,PETUGAS_LOKET' WHERE id = " + budi.id(),
                "INSERT INTO operator (username, full_name, password_hash, roles, active, failed_attempts, must_change_password,"
                        + " created_at) VALUES ('siluman', 'Siluman', 'x', 'ADMIN', 1, 0, 0, '2026-11-20T08:00')",
                "UPDATE holiday SET name = 'Libur karangan' WHERE date = '2026-12-31'",
                "UPDATE holiday SET date = '2026-08-18' WHERE date = '2026-08-17'",
                "UPDATE setting SET value = 'Singkawang' WHERE key = 'office.place'",
                "DELETE FROM setting WHERE key = 'security.lockoutAttempts'",
                "INSERT INTO setting (key, value) VALUES ('rahasia', 'ya')");
        assertThat(problems())
                .anySatisfy(p -> assertThat(p).isEqualTo("Pengaduan " + complaint.get("number") + " (id " + complaintId
                        + "): tanggal terima (received_at) tercatat \"" + db.jdbi().withHandle(h -> h.createQuery(
                                "SELECT after FROM audit_log WHERE entity = 'complaint' AND entity_id = '" + complaintId
                                        + "' AND action = 'register'").mapTo(String.class).one()).replaceAll(
                                ".*\"receivedAt\":\"([^\"]*)\".*", "$1") + "\", sekarang \"2026-01-02T08:00\" (diubah di luar aplikasi)"))
                .contains("Operator budi (id " + budi.id() + "): peran (roles) tercatat \"PETUGAS_LOKET\","
                        + " sekarang \"ADMIN,PETUGAS_LOKET\" (diubah di luar aplikasi)")
                .anySatisfy(p -> assertThat(p).startsWith("Operator siluman (id ").endsWith(
                        ") tidak punya catatan audit: dimasukkan di luar aplikasi"))
                .contains("Hari libur 2026-12-31: nama (name) tercatat \"Cuti bersama akhir tahun\", sekarang"
                        + " \"Libur karangan\" (diubah di luar aplikasi)")
                .contains("Hari libur 2026-08-17 (Hari Kemerdekaan RI) tidak ada lagi: dihapus di luar aplikasi")
                .contains("Hari libur 2026-08-18 (Hari Kemerdekaan RI) tidak punya catatan audit: dimasukkan di luar aplikasi")
                .contains("Pengaturan office.place: nilai tercatat \"Pontianak\", sekarang \"Singkawang\" (diubah di luar aplikasi)")
                .contains("Pengaturan security.lockoutAttempts (\"5\") tidak ada lagi: dihapus di luar aplikasi")
                .contains("Pengaturan rahasia tidak punya catatan audit: dimasukkan di luar aplikasi");

        behind("DELETE FROM complaint_history WHERE complaint_id = " + complaintId,
                "DELETE FROM complaint WHERE id = " + complaintId);
        assertThat(problems()).contains("Pengaduan " + complaint.get("number") + " (id " + complaintId
                + ") tercatat di audit tetapi tidak ada lagi: dihapus di luar aplikasi");
    }

    /**
     * A normal day in the app: registration, review, processing, issuing, complaints, operators,
     * settings and holidays changed through the app: nothing for check to name.
     */
    @Test
    void aNormalDayOfWorkPasses() {
        var operators = operators();
        var admin = operators.createFirstAdministrator("admin", "Siti Admin", "rahasia-kantor");
        var budi = clerk(operators, admin);
        operators.update(admin, budi.id(), budi.version(), "Budi S.", java.util.Set.of(
                id.kalbarprov.loket.core.auth.Role.ANALIS, id.kalbarprov.loket.core.auth.Role.PELAKSANA));
        var holidays = new id.kalbarprov.loket.core.calendar.HolidayService(new HolidayStore(db));
        holidays.add(LocalDate.of(2026, 12, 31), id.kalbarprov.loket.core.calendar.HolidayKind.CUTI_BERSAMA,
                "Cuti bersama akhir tahun", "Keppres 9/2026", admin);
        holidays.remove(LocalDate.of(2026, 12, 25), admin);
        new OfficeSettingsStore(db).save(new id.kalbarprov.loket.core.office.OfficeSettings(java.time.LocalTime.of(15, 30),
                "Pontianak Kota"), admin.label());
        new id.kalbarprov.loket.core.auth.SecuritySettingsService(new SecuritySettingsStore(db)).save("4", "20", "8", admin);

        ReferenceStore ref = new ReferenceStore(db);
        var calendar = ref.calendar(new SettingsStore(db));
        var clock = java.time.Clock.systemDefaultZone();
        var workflow = new id.kalbarprov.loket.core.request.RequestWorkflow(new RequestStore(db, () -> calendar),
                () -> calendar, clock);
        OutgoingLetterService outgoing = new OutgoingLetterService(new OutgoingLetterStore(db), new LetterPdf(), clock);
        outgoing.saveSettings(admin, LetterFixtures.form(LetterFixtures.SIGNER));
        var desk = everyRole(admin);
        long l = register(desk, "N/1");
        register(desk, "N/2");
        workflow.takeForReview(l, version(l), desk);
        workflow.forwardToProcessing(l, version(l), desk, "budi", null);
        workflow.finishProcessing(l, version(l), desk, DemoWorkflow.record(
                id.kalbarprov.loket.core.catalog.ServiceKind.valueOf(db.jdbi().withHandle(h -> h.createQuery(
                        "SELECT s.kind FROM letter l JOIN service s ON s.id = l.service_id WHERE l.id = ?").bind(0, l)
                        .mapTo(String.class).one())), ref.agencies().get(1), java.time.LocalDateTime.now(), new java.util.Random(1)));
        outgoing.issue(desk, l, version(l));

        long complaint = complaint(desk);
        complaints().forward(complaint, 0, "Dinas Kependudukan dan Pencatatan Sipil", null, desk);
        assertThat(problems()).isEmpty();
    }

    private int version(long letterId) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT version FROM letter WHERE id = ?").bind(0, letterId)
                .mapTo(Integer.class).one());
    }

    /**
     * Every backup carries its chain's head inside it (table audit_anchor): check on the backup file
     * compares with it, also when the .anchor beside it is gone; a pruned backup takes its .anchor along.
     */
    @Test
    void aBackupCarriesItsAnchorInsideAndCheckOnItComparesWithIt() throws Exception {
        java.nio.file.Files.createDirectories(dir.resolve("usb"));
        LocalDateTime at = LocalDateTime.of(2026, 11, 23, 10, 0);
        Path backup = dir.resolve("usb/loket-20261123-100000.db");
        var info = Backup.write(db, backup, at);
        long rows = db.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM audit_log").mapTo(Long.class).one());
        Database copy = Database.open(backup);
        try {
            assertThat(copy.jdbi().<List<Long>, RuntimeException>withHandle(h -> h.createQuery("SELECT chain_rows FROM audit_anchor").mapTo(Long.class).list()))
                    .containsExactly(rows);
        } finally {
            copy.close();
        }
        var report = DatabaseCheck.run(backup);
        assertThat(report.problems()).isEmpty();
        assertThat(report.lines()).contains("jangkar audit: " + rows + " baris, " + at + " (" + AuditAnchor.EMBEDDED + ")");

        Path anchorFile = dir.resolve("usb/loket-20261123-100000.db.anchor");
        assertThat(anchorFile).exists();
        java.nio.file.Files.delete(anchorFile);
        try (var c = java.sql.DriverManager.getConnection(Database.sqliteUrl(backup)); var st = c.createStatement()) {
            st.execute("DROP TRIGGER audit_log_no_delete");
            st.execute("DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)");
        }
        assertThat(DatabaseCheck.run(backup).problems()).anySatisfy(p -> assertThat(p)
                .startsWith("audit_log hanya " + (rows - 1) + " baris, padahal jangkar " + AuditAnchor.EMBEDDED));

        Path second = dir.resolve("usb/loket-20261124-100000.db");
        var pruned = Backup.write(db, second, at.plusDays(1));
        assertThat(dir.resolve("usb/loket-20261124-100000.db.anchor")).exists();
        new BackupStore(db, dir.resolve("loket.db")).delete(pruned);
        assertThat(second).doesNotExist();
        assertThat(dir.resolve("usb/loket-20261124-100000.db.anchor")).doesNotExist();
        assertThat(info.file()).exists();
    }

    private static long auditRows(Database d) {
        return d.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM audit_log").mapTo(Long.class).one());
    }

    /**
     * Two databases backed up into one folder: each is held only to its own anchors (V71's identity), so
     * neither accuses the other; the same database put back to an older copy of itself is still caught.
     */
    @Test
    void twoDatabasesSharingABackupFolderEachCheckCleanAndAnOlderCopyPutBackIsCaught() throws Exception {
        Path usb = java.nio.file.Files.createDirectories(dir.resolve("usb"));
        Path otherDir = java.nio.file.Files.createDirectories(dir.resolve("other"));
        Database other = backend.open(otherDir);
        try {
            DemoData.write(other, 12, 9, LocalDate.of(2026, 11, 20));
            LocalDateTime at = LocalDateTime.of(2026, 11, 23, 10, 0);
            Path older = usb.resolve("loket-20261123-100000.db");
            Backup.write(db, older, at);
            long before = auditRows(db);
            operators().createFirstAdministrator("admin", "Siti Admin", "rahasia-kantor"); // the chain grows
            Backup.write(db, usb.resolve("loket-20261123-110000.db"), at.plusHours(1));
            // the other database's backup is the newest anchor in the folder
            Backup.write(other, usb.resolve("lain-20261123-120000.db"), at.plusHours(2));
            String mine = db.jdbi().withHandle(AuditAnchor::identity);
            String theirs = other.jdbi().withHandle(AuditAnchor::identity);
            assertThat(mine).hasSize(32).isNotEqualTo(theirs);
            assertThat(AuditAnchor.read(usb.resolve("lain-20261123-120000.db.anchor")))
                    .singleElement().satisfies(a -> assertThat(a.database()).isEqualTo(theirs));

            // and a line of Loket before V71 (no identity) in the folder's loket.log, taken of the other database
            java.nio.file.Files.writeString(usb.resolve("loket.log"), "2026-11-23 13:00:00.000 [main] INFO Backup - "
                    + "AUDIT-ANCHOR rows=999 hash=" + "ab".repeat(32) + " at=2026-11-23T13:00 (lain-20261123-130000.db)\n");

            var report = DatabaseCheck.run(db.location(), List.of(usb));
            assertThat(report.problems()).isEmpty();
            assertThat(report.lines()).contains("jangkar audit: " + auditRows(db) + " baris, " + at.plusHours(1) + " ("
                    + usb.resolve("loket-20261123-110000.db.anchor") + ")");
            assertThat(report.lines()).anySatisfy(l -> assertThat(l).startsWith("jangkar audit: 2 jangkar lain tidak dibandingkan"));
            assertThat(DatabaseCheck.run(other.location(), List.of(usb)).problems()).isEmpty();

            // Before V71 anchors named no database: one taken of this database's own backups still counts
            // while there is none with its identity; one of another database's backups does not.
            Path old = java.nio.file.Files.createDirectories(dir.resolve("old"));
            java.nio.file.Files.writeString(old.resolve("loket.log"), "AUDIT-ANCHOR rows=999 hash=" + "ab".repeat(32)
                    + " at=2026-11-22T10:00 (lain-20261122-100000.db)\n");
            if (backend == Backend.SQLITE) {
                assertThat(DatabaseCheck.run(db.location(), List.of(old)).problems()).isEmpty();
                java.nio.file.Files.writeString(old.resolve("loket-20261122-100000.db.anchor"), "AUDIT-ANCHOR rows=999"
                        + " hash=" + "ab".repeat(32) + " at=2026-11-22T10:00\n");
                assertThat(DatabaseCheck.run(db.location(), List.of(old)).problems()).anySatisfy(p -> assertThat(p)
                        .startsWith("audit_log hanya " + auditRows(db) + " baris, padahal jangkar "
                                + old.resolve("loket-20261122-100000.db.anchor")));
            }

            // The older copy put back by hand (no restore, so no restore's anchor): the newer anchor still counts.
            if (backend == Backend.SQLITE) {
                db.close();
                java.nio.file.Files.copy(older, db.file(), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                for (String side : Backup.SIDE_FILES) {
                    java.nio.file.Files.deleteIfExists(db.file().resolveSibling(db.file().getFileName() + side));
                }
                db = backend.open(dir);
            } else {
                Database copy = Database.open(older);
                try {
                    DatabaseCopy.replace(copy, db);
                } finally {
                    copy.close();
                }
            }
            assertThat(db.jdbi().withHandle(AuditAnchor::identity)).isEqualTo(mine);
            assertThat(DatabaseCheck.run(db.location(), List.of(usb)).problems()).anySatisfy(p -> assertThat(p)
                    .startsWith("audit_log hanya " + before + " baris, padahal jangkar "
                            + usb.resolve("loket-20261123-110000.db.anchor")));
        } finally {
            other.close();
        }
    }

    /**
     * V11 did not add the SKB dates of Idulfitri where the Admin had already moved it (in the app, before
     * upgrading): those seeded rows are missing by design and no finding; a seeded 2027 day deleted by
     * hand afterwards is named.
     */
    @Test
    void aHolidayV11SkippedByDesignIsNoFindingButOneDeletedByHandIsNamed() throws Exception {
        DbLocation location;
        javax.sql.DataSource ds;
        if (backend == Backend.SQLITE) {
            Path file = java.nio.file.Files.createDirectories(dir.resolve("v10")).resolve("loket.db");
            location = new DbLocation.File(file);
            ds = Database.dataSource(file);
        } else {
            DbLocation.Server s = TestServer.emptyDatabase();
            Backend.CREATED.add(s.database());
            location = s;
            ds = ServerConnection.dataSource(s);
        }
        Dialect dialect = backend == Backend.SQLITE ? SqliteDialect.INSTANCE : PostgresDialect.INSTANCE;
        org.flywaydb.core.Flyway.configure().dataSource(ds).locations(dialect.migrations()).target("10").load().migrate();
        org.jdbi.v3.core.Jdbi.create(ds).useTransaction(h -> {
            h.execute("INSERT INTO holiday (date, kind, name, basis) VALUES ('2027-03-09', 'libur',"
                    + " 'Hari Raya Idulfitri 1448 H', 'Keputusan Menag')");
            AuditLog.append(h, "admin", "holiday", "2027-03-09", "add", null, Map.of("date", "2027-03-09",
                    "kind", "libur", "name", "Hari Raya Idulfitri 1448 H", "basis", "Keputusan Menag"));
        });
        Database upgraded = Database.open(location, true); // a server asks to confirm the upgrade
        try {
            assertThat(new HolidayStore(upgraded).inYear(2027)).extracting(d -> d.date().toString())
                    .doesNotContain("2027-03-10", "2027-03-11").contains("2027-02-06");
            assertThat(DatabaseCheck.run(location, List.of()).problems()).isEmpty();
            Backend.behindTheAppsBack(upgraded, "DELETE FROM holiday WHERE date = '2027-02-06'");
            assertThat(DatabaseCheck.run(location, List.of()).problems()).containsExactly(
                    "Hari libur 2027-02-06 (Tahun Baru Imlek 2578 Kongzili) tidak ada lagi: dihapus di luar aplikasi");
        } finally {
            upgraded.close();
        }
    }

    /**
     * A complaint's history rows are proved row by row like a letter's, and an operator's password hash
     * against the SHA-256 its last password entry recorded: a hash swapped behind the app's back (to sign
     * in as that operator) is named without the hash itself.
     */
    @Test
    void aComplaintHistoryRowAndAPasswordHashChangedBehindTheAppsBackAreNamed() {
        var operators = operators();
        var admin = operators.createFirstAdministrator("admin", "Siti Admin", "rahasia-kantor");
        var budi = clerk(operators, admin);
        var reset = operators.resetPassword(admin, budi.id(), budi.version(), "Sandi-Baru-2026");
        long complaintId = complaint(everyRole(admin));
        complaints().forward(complaintId, 0, "Dinas Kependudukan dan Pencatatan Sipil", null, everyRole(admin));
        assertThat(problems()).isEmpty();

        String number = db.jdbi().withHandle(h -> h.createQuery("SELECT number FROM complaint WHERE id = " + complaintId)
                .mapTo(String.class).one());
        List<Long> rows = db.jdbi().withHandle(h -> h.createQuery("SELECT id FROM complaint_history WHERE complaint_id = "
                + complaintId + " ORDER BY id").mapTo(Long.class).list());
        String forged = new id.kalbarprov.loket.core.auth.PasswordHasher(1024, 1, 1).hash("sandi-pemalsu");
        behind("UPDATE complaint_history SET note = 'Sudah selesai' WHERE id = " + rows.get(1),
                "UPDATE operator SET password_hash = '" + forged + "' WHERE id = " + reset.operator().id());
        String complaint = "Pengaduan " + number + " (id " + complaintId + ")";
        List<String> found = problems();
        assertThat(found)
                .anySatisfy(p -> assertThat(p).startsWith("Riwayat " + complaint + ", baris ke-2 (id " + rows.get(1)
                        + "): note tercatat").endsWith("sekarang \"Sudah selesai\" (diubah di luar aplikasi)"))
                .contains("Operator budi (id " + budi.id() + "): hash kata sandi (password_hash) tidak sama dengan yang"
                        + " tercatat saat kata sandi terakhir ditetapkan (diganti di luar aplikasi)")
                .noneSatisfy(p -> assertThat(p).contains(forged));

        behind("DELETE FROM complaint_history WHERE id = " + rows.get(1));
        assertThat(problems()).anySatisfy(p -> assertThat(p).startsWith("Riwayat " + complaint + ", baris ke-2 (")
                .endsWith("tidak ada lagi: dihapus di luar aplikasi"));
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
