package id.kalbarprov.loket.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kalbarprov.loket.cli.CommandsTestAccess;
import id.kalbarprov.loket.core.agendaimport.AgendaBook;
import id.kalbarprov.loket.core.agendaimport.AgendaImportException;
import id.kalbarprov.loket.core.agendaimport.AgendaImportService;
import id.kalbarprov.loket.core.auth.AccessDeniedException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

/** The old agenda book imported: numbers kept, marked imported, no clock, all rows or none, on both backends. */
@OnBothBackends
class AgendaImportTest {

    @Parameter
    Backend backend;

    @TempDir
    Path dir;

    static final String GOOD = """
            No. Agenda;Tanggal Terima;Nomor Surat;Tanggal Surat;Asal Surat;Perihal;Layanan;Keterangan
            0003/SM/2026;05-01-2026;800/1/Dinkes;02/01/2026;Dinkes;"Permohonan akun email; dua akun";EMAIL;dari buku lama
            12/AG/2025;30/12/2025;045/9/PUPR;29-12-2025;Dinas Pekerjaan Umum dan Penataan Ruang Provinsi Kalimantan Barat;Permohonan jaringan;Pelayanan Jaringan Informatika;
            """;

    AgendaImportService service(Database db) {
        ReferenceStore ref = new ReferenceStore(db);
        return new AgendaImportService(new AgendaImportStore(db), ref::agencies, ref::services, LetterFixtures.clock());
    }

    int count(Database db, String sql) {
        return db.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Integer.class).one());
    }

    @Test
    void aGoodBookIsImportedWithItsNumbersMarkedAndNoClock() {
        Database db = backend.open(dir);
        int n = service(db).importBook(AgendaBook.csv(GOOD), LetterFixtures.ADMIN, "agenda-lama.csv");
        assertThat(n).isEqualTo(2);
        assertThat(count(db, "SELECT count(*) FROM letter WHERE imported = 1 AND clock_start IS NULL AND state = 'SELESAI'"))
                .isEqualTo(2);
        String subject = db.jdbi().withHandle(h -> h.createQuery("SELECT subject FROM letter WHERE agenda_number = '0003/SM/2026'")
                .mapTo(String.class).one());
        assertThat(subject).isEqualTo("Permohonan akun email; dua akun");
        assertThat(count(db, "SELECT count(*) FROM letter WHERE agenda_seq < 0")).isEqualTo(2);
        // Loket's own series goes on past an imported number written in its pattern: no collision later
        assertThat(new LetterStore(db).nextAgendaNumber(LocalDateTime.of(2026, 1, 6, 9, 0))).isEqualTo("0004/SM/2026");
        assertThat(AuditLog.forEntity(db.jdbi(), "agenda_import", "import")).singleElement()
                .satisfies(e -> assertThat(e.action()).isEqualTo("import agenda-lama.csv"));
        // each imported letter has its own entry, as a registration has: check proves its row (issue 12)
        assertThat(count(db, "SELECT count(*) FROM audit_log WHERE entity = 'letter' AND action = 'import'")).isEqualTo(2);
        assertThat(DatabaseCheck.run(db.location(), java.util.List.of()).problems()).isEmpty();
        assertThat(AuditLog.verify(db.jdbi()).ok()).isTrue();
        // the same book twice: every number is already there, nothing imported
        assertThatThrownBy(() -> service(db).importBook(AgendaBook.csv(GOOD), LetterFixtures.ADMIN, "lagi.csv"))
                .isInstanceOfSatisfying(AgendaImportException.class, e -> assertThat(e.problems())
                        .contains("Baris 2: nomor agenda 0003/SM/2026 sudah ada di Loket."));
        assertThat(count(db, "SELECT count(*) FROM letter")).isEqualTo(2);
    }

    @Test
    void oneBadLineImportsNothingAndEveryBadLineIsNamed() {
        Database db = backend.open(dir);
        String bad = GOOD + """
                0004/SM/2026,x
                """.replace("0004/SM/2026,x", "0005/SM/2026;31-02-2023;1/X;01-01-2023;Dinas Entah;Hal;EMAIL;\n"
                + "0003/SM/2026;05-01-2026;2/Y;01-01-2026;Dinkes;Hal;Pelayanan Sulap;");
        assertThatThrownBy(() -> service(db).importBook(AgendaBook.csv(bad), LetterFixtures.ADMIN, "x.csv"))
                .isInstanceOfSatisfying(AgendaImportException.class, e -> assertThat(e.problems()).containsExactly(
                        "Baris 4: tanggal terima '31-02-2023' bukan tanggal yang sah (tulis hh-bb-tttt atau hh/bb/tttt).",
                        "Baris 5: nomor agenda 0003/SM/2026 muncul dua kali di berkas; layanan 'Pelayanan Sulap' tidak dikenal.",
                        "Instansi yang belum dikenal: 'Dinas Entah' (baris 4). Petakan masing-masing ke instansi Loket, "
                                + "atau tambahkan instansinya lebih dulu."));
        assertThat(count(db, "SELECT count(*) FROM letter")).isZero();
        assertThatThrownBy(() -> service(db).importBook(AgendaBook.csv("Nomor;Tanggal\n1;2\n"), LetterFixtures.ADMIN, "y.csv"))
                .isInstanceOfSatisfying(AgendaImportException.class,
                        e -> assertThat(e.problems()).contains("Baris 1: kolom No. Agenda tidak ditemukan di judul kolom."));
        assertThatThrownBy(() -> service(db).importBook(AgendaBook.csv(GOOD), LetterFixtures.LOKET, "z.csv"))
                .isInstanceOf(AccessDeniedException.class);
    }

    static final String OLD_NAMES = """
            No. Agenda;Tanggal Terima;Nomor Surat;Tanggal Surat;Asal Surat;Perihal;Layanan
            1/AG/2024;05-01-2024;800/1/DK;02-01-2024;Dinas Kesehatan Prov. Kalbar;Permohonan akun email;EMAIL
            2/AG/2024;06-01-2024;045/9/PU;03-01-2024;Dinas PU;Permohonan jaringan;JARINGAN
            3/AG/2024;07-01-2024;800/2/DK;04-01-2024;dinas kesehatan  prov. kalbar;Permohonan hosting;HOSTING
            """;

    long agency(Database db, String abbreviation) {
        return new ReferenceStore(db).agencies().stream().filter(a -> abbreviation.equals(a.abbreviation()))
                .findFirst().orElseThrow().id();
    }

    @Test
    void unknownAgenciesAreListedOnceEachAndTheirMappingAppliesToEveryRowWithThatName() {
        Database db = backend.open(dir);
        var lines = AgendaBook.csv(OLD_NAMES);
        assertThatThrownBy(() -> service(db).check(lines)).isInstanceOfSatisfying(AgendaImportException.class, e -> {
            assertThat(e.lineProblems()).isEmpty();
            assertThat(e.unknownAgencies()).extracting(AgendaBook.UnknownAgency::name)
                    .containsExactly("Dinas Kesehatan Prov. Kalbar", "Dinas PU");
            assertThat(e.unknownAgencies().get(0).lines()).containsExactly(2, 4);
        });
        long dinkes = agency(db, "Dinkes");
        long pupr = agency(db, "PUPR");
        // one name mapped is not enough: nothing imported
        assertThatThrownBy(() -> service(db).importBook(lines, java.util.Map.of(
                AgendaBook.agencyKey("Dinas Kesehatan Prov. Kalbar"), dinkes), LetterFixtures.ADMIN, "lama.csv"))
                .isInstanceOfSatisfying(AgendaImportException.class, e -> assertThat(e.unknownAgencies())
                        .extracting(AgendaBook.UnknownAgency::name).containsExactly("Dinas PU"));
        assertThat(count(db, "SELECT count(*) FROM letter")).isZero();
        int n = service(db).importBook(lines, java.util.Map.of(AgendaBook.agencyKey("Dinas Kesehatan Prov. Kalbar"), dinkes,
                AgendaBook.agencyKey("Dinas PU"), pupr), LetterFixtures.ADMIN, "lama.csv");
        assertThat(n).isEqualTo(3);
        assertThat(count(db, "SELECT count(*) FROM letter WHERE agency_id = " + dinkes)).isEqualTo(2);
        assertThat(count(db, "SELECT count(*) FROM letter WHERE agency_id = " + pupr)).isEqualTo(1);
        assertThat(AuditLog.forEntity(db.jdbi(), "agenda_import", "import")).singleElement()
                .satisfies(e -> assertThat(e.after()).contains("dinas kesehatan prov kalbar=" + dinkes));
        assertThat(DatabaseCheck.run(db.location(), java.util.List.of()).problems()).isEmpty();
    }

    @Test
    void theCommandMapsUnknownAgenciesWithMapAndTellsAboutItWhenOneIsLeft() throws Exception {
        if (backend != Backend.SQLITE) {
            return; // the command is the same on both; the mapping in the store runs on both above
        }
        backend.open(dir).close();
        String db = dir.resolve("loket.db").toString();
        Path csv = Files.writeString(dir.resolve("lama.csv"), OLD_NAMES);
        var refused = CommandsTestAccess.run("import-agenda", "--db", db, "--from", csv.toString(),
                "--map", "Dinas Kesehatan Prov. Kalbar=Dinkes");
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).contains("Instansi yang belum dikenal: 'Dinas PU' (baris 3)",
                "--map \"Nama Lama=SINGKATAN\"", "Tidak ada yang diimpor").doesNotContain("Exception");
        var wrong = CommandsTestAccess.run("import-agenda", "--db", db, "--from", csv.toString(), "--map", "Dinas PU=XYZ");
        assertThat(wrong.err()).contains("instansi 'XYZ' tidak ada di Loket");
        var ok = CommandsTestAccess.run("import-agenda", "--db", db, "--from", csv.toString(),
                "--map", "Dinas Kesehatan Prov. Kalbar=Dinkes", "--map", "Dinas PU=PUPR");
        assertThat(ok.code()).as(ok.err()).isZero();
        assertThat(ok.out()).startsWith("3 surat dari buku agenda lama diimpor");
    }

    @Test
    void theCommandReadsAnXlsxBookWithDateCells() throws Exception {
        if (backend != Backend.SQLITE) {
            return; // the command is the same on both; the store above runs on both
        }
        backend.open(dir).close();
        Path xlsx = dir.resolve("buku agenda 2025.xlsx");
        try (OutputStream out = Files.newOutputStream(xlsx)) {
            Workbook wb = new Workbook(out, "Loket", "1.0");
            Worksheet ws = wb.newWorksheet("Agenda");
            String[] head = {"No", "Diterima", "No. Surat", "Tgl Surat", "Pengirim", "Hal", "Layanan"};
            for (int i = 0; i < head.length; i++) {
                ws.value(0, i, head[i]);
            }
            ws.value(1, 0, 17);
            ws.value(1, 1, java.time.LocalDate.of(2025, 3, 4));
            ws.style(1, 1).format("dd-mm-yyyy").set();
            ws.value(1, 2, "005/77/Dinkes");
            ws.value(1, 3, "01-03-2025");
            ws.value(1, 4, "Dinkes");
            ws.value(1, 5, "Permohonan hosting");
            ws.value(1, 6, "HOSTING");
            wb.finish();
        }
        String db = dir.resolve("loket.db").toString();
        var ok = CommandsTestAccess.run("import-agenda", "--db", db, "--from", xlsx.toString());
        assertThat(ok.code()).as(ok.err()).isZero();
        assertThat(ok.out()).startsWith("1 surat dari buku agenda lama diimpor");
        Database open = Database.open(dir.resolve("loket.db"));
        String row = open.jdbi().withHandle(h -> h.createQuery("SELECT agenda_number || ' ' || received_at FROM letter")
                .mapTo(String.class).one());
        assertThat(row).isEqualTo("17 2025-03-04T00:00");
        open.close();
        Path book = dir.resolve("buku.xlsx");
        var export = CommandsTestAccess.run("agenda-export", "--db", db, "--from", "2025-01-01", "--to", "2025-12-31",
                "--out", book.toString());
        assertThat(export.code()).as(export.err()).isZero();
        assertThat(export.out()).startsWith("1 surat ditulis ke");
        try (var wb = new org.dhatim.fastexcel.reader.ReadableWorkbook(Files.newInputStream(book))) {
            var rows = wb.getFirstSheet().read();
            assertThat(rows.get(1).getCellAsString(0)).contains("No. Agenda");
            assertThat(rows.get(2).getCellAsString(0)).contains("17");
            assertThat(rows.get(2).getCellAsString(5)).contains("Permohonan hosting");
        }
        Path pdf = dir.resolve("buku.pdf");
        var asPdf = CommandsTestAccess.run("agenda-export", "--db", db, "--from", "2025-01-01", "--to", "2025-12-31",
                "--out", pdf.toString());
        assertThat(asPdf.code()).as(asPdf.err()).isZero();
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            assertThat(text).contains("BUKU AGENDA SURAT MASUK", "Diterima 1 Januari 2025 s.d. 31 Desember 2025",
                    "Permohonan hosting", "Halaman 1 dari 1", "Selesai");
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isGreaterThan(doc.getPage(0).getMediaBox().getHeight());
        }
        var byFormat = CommandsTestAccess.run("agenda-export", "--db", db, "--from", "2025-01-01", "--to", "2025-12-31",
                "--out", dir.resolve("buku").toString(), "--format", "pdf");
        assertThat(byFormat.code()).as(byFormat.err()).isZero();
        assertThat(Files.readString(dir.resolve("buku"), java.nio.charset.StandardCharsets.ISO_8859_1)).startsWith("%PDF-");
        assertThat(CommandsTestAccess.run("agenda-export", "--db", db, "--from", "2025-01-01", "--to", "2025-12-31",
                "--out", dir.resolve("buku.doc").toString()).err()).contains("berakhiran .xlsx atau .pdf");
        Path csv = Files.writeString(dir.resolve("rusak.csv"), "No;Diterima\n1;31-02-2023\n");
        var bad = CommandsTestAccess.run("import-agenda", "--db", db, "--from", csv.toString());
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err()).contains("kolom Nomor Surat tidak ditemukan", "Tidak ada yang diimpor");
    }
}
