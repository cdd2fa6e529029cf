package id.kalbarprov.loket.ui.complaints;

import static org.assertj.core.api.Assertions.assertThat;

import id.kalbarprov.loket.core.auth.Actor;
import id.kalbarprov.loket.core.auth.Role;
import id.kalbarprov.loket.core.calendar.WorkingCalendar;
import id.kalbarprov.loket.core.catalog.ComplaintCategory;
import id.kalbarprov.loket.core.catalog.ComplaintChannel;
import id.kalbarprov.loket.core.complaints.ComplainantKind;
import id.kalbarprov.loket.core.complaints.ComplaintDraft;
import id.kalbarprov.loket.core.complaints.ComplaintService;
import id.kalbarprov.loket.core.complaints.DeliveryChannel;
import id.kalbarprov.loket.store.ComplaintStore;
import id.kalbarprov.loket.store.Database;
import id.kalbarprov.loket.store.LetterStore;
import id.kalbarprov.loket.store.ReferenceStore;
import id.kalbarprov.loket.store.SettingsStore;
import id.kalbarprov.loket.ui.FxTestSupport;
import id.kalbarprov.loket.ui.common.I18n;
import id.kalbarprov.loket.ui.common.TaskRunner;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import id.kalbarprov.loket.documents.ComplaintRecapExport;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The monthly recap written to CSV and XLSX and read back, with and without contact details. */
class ComplaintRecapExportTest {

    static final LocalDateTime NOW = FxTestSupport.NOW;
    static final Actor ALL = new Actor(1, "admin", "Operator", EnumSet.allOf(Role.class));

    @TempDir
    Path dir;
    ComplaintRecapViewModel vm;
    FxTestSupport.RecordingDialogs dialogs = new FxTestSupport.RecordingDialogs();

    @BeforeEach
    void setUp() {
        Database db = Database.open(dir.resolve("loket.db"));
        ReferenceStore ref = new ReferenceStore(db);
        WorkingCalendar cal = ref.calendar(new SettingsStore(db));
        ComplaintStore store = new ComplaintStore(db, () -> cal, FxTestSupport.clock());
        List<ComplaintChannel> channels = ref.complaintChannels();
        List<ComplaintCategory> categories = ref.complaintCategories();
        ComplaintService service = new ComplaintService(store, () -> channels, () -> categories, FxTestSupport.clock());
        ComplaintsContext ctx = new ComplaintsContext(store, service, ref, new LetterStore(db), () -> ALL, () -> cal,
                FxTestSupport.clock(), TaskRunner.direct(), dialogs, new I18n(I18n.INDONESIAN));
        long ringan = categories.get(0).id();
        // received Mon 2 Nov: ringan due Mon 9 Nov; answered 20 Nov: late
        long late = service.register(draft(channels, "TATAP_MUKA", null, LocalDateTime.of(2026, 11, 2, 9, 0),
                "Rina Marlina", "0812 3456 7890"), ALL).id();
        service.verify(late, 0, ringan, null, ALL);
        service.followUp(late, 1, "Dicek", ALL);
        service.close(late, 2, "Sudah \"beres\", terima kasih", DeliveryChannel.TELEPON, LocalDate.of(2026, 11, 20), ALL);
        // received Mon 16 Nov: due Mon 23 Nov; answered 23 Nov: on time
        long onTime = service.register(draft(channels, "LAPOR", "LAPOR-1234", LocalDateTime.of(2026, 11, 16, 9, 0),
                "Budi, S.Kom", "budi@example.id"), ALL).id();
        service.verify(onTime, 0, ringan, null, ALL);
        service.followUp(onTime, 1, "Dicek", ALL);
        service.close(onTime, 2, "Selesai", DeliveryChannel.LAPOR, NOW.toLocalDate(), ALL);
        service.register(draft(channels, "WHATSAPP", null, NOW.minusHours(2), null, "0899 1111 2222"), ALL);
        // October: not in November's recap
        service.register(draft(channels, "EMAIL", null, LocalDateTime.of(2026, 10, 30, 9, 0), "Oktober Orang",
                "0811 0000 1111"), ALL);
        vm = new ComplaintRecapViewModel(ctx);
        vm.month().set(YearMonth.of(2026, 11));
    }

    static ComplaintDraft draft(List<ComplaintChannel> channels, String code, String ref, LocalDateTime at,
                                String name, String contact) {
        long channel = channels.stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow().id();
        return new ComplaintDraft(at, channel, ref, name == null, name, ComplainantKind.MASYARAKAT, null, contact,
                null, null, "Layanan lambat");
    }

    /** RFC 4180: quoted fields, doubled quotes, CRLF records. */
    static List<List<String>> parseCsv(String s) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
                    f.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    f.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(f.toString());
                f.setLength(0);
            } else if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                row.add(f.toString());
                f.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                f.append(c);
            }
        }
        return rows;
    }

    List<String> find(List<List<String>> rows, String section, String item) {
        return rows.stream().filter(r -> r.size() == 3 && r.get(0).equals(section) && r.get(1).equals(item))
                .findFirst().orElseThrow(() -> new AssertionError(section + "/" + item + " not in " + rows));
    }

    @Test
    void csvWithoutContactsHasCountsOnlyAndOpensInCalcsDefaultEncoding() throws IOException {
        Path file = dir.resolve("rekap.csv");
        vm.exportCsv(file);
        byte[] bytes = Files.readAllBytes(file);
        // no BOM: Calc's default import showed a UTF-8 BOM as "ï»¿" in the first cell (decision 0009)
        assertThat(bytes[0]).isEqualTo((byte) '"');
        String text = new String(bytes, ComplaintRecapExport.CSV_CHARSET);
        List<List<String>> rows = parseCsv(text);
        assertThat(rows.get(0)).containsExactly("Bagian", "Uraian", "Jumlah");
        assertThat(rows).allSatisfy(r -> assertThat(r).hasSize(3));
        assertThat(find(rows, "Ringkasan", "Periode").get(2)).isEqualTo("November 2026");
        assertThat(find(rows, "Ringkasan", "Jumlah pengaduan").get(2)).isEqualTo("3");
        assertThat(find(rows, "Per kanal", "SP4N-LAPOR!").get(2)).isEqualTo("1");
        assertThat(find(rows, "Per kanal", "E-mail").get(2)).isEqualTo("0");
        assertThat(find(rows, "Per kategori", "Pengaduan ringan").get(2)).isEqualTo("2");
        assertThat(find(rows, "Per kategori", "Belum dikategorikan").get(2)).isEqualTo("1");
        assertThat(find(rows, "Per status", "Selesai").get(2)).isEqualTo("2");
        assertThat(find(rows, "Per status", "Diterima").get(2)).isEqualTo("1");
        assertThat(find(rows, "Ringkasan", "Selesai tepat waktu").get(2)).isEqualTo("1");
        assertThat(find(rows, "Ringkasan", "Persentase selesai tepat waktu").get(2)).isEqualTo("50,0 %");
        assertThat(text).doesNotContain("0812", "budi@example.id", "Rina", "0899", "LAPOR-1234");
        assertThat(dialogs.shown).anyMatch(s -> s.contains("Rekap disimpan ke"));
    }

    @Test
    void csvWithContactsAddsAPerComplaintSection() throws IOException {
        vm.includeContacts().set(true);
        Path file = dir.resolve("rekap-kontak.csv");
        vm.exportCsv(file);
        keep(file);
        String text = Files.readString(file, ComplaintRecapExport.CSV_CHARSET);
        List<List<String>> rows = parseCsv(text);
        int header = rows.indexOf(rows.stream().filter(r -> r.get(0).equals("Nomor")).findFirst().orElseThrow());
        assertThat(rows.get(header - 1)).containsExactly("");
        List<String> head = rows.get(header);
        assertThat(head).contains("Nama pengadu", "Kontak (telepon/WhatsApp atau e-mail)", "Batas waktu");
        List<List<String>> items = rows.subList(header + 1, rows.size());
        assertThat(items).hasSize(3);
        int name = head.indexOf("Nama pengadu");
        int contact = head.indexOf("Kontak (telepon/WhatsApp atau e-mail)");
        int onTime = head.indexOf("Selesai tepat waktu");
        assertThat(items).extracting(r -> r.get(name)).containsExactly("Rina Marlina", "Budi, S.Kom", "Anonim");
        assertThat(items).extracting(r -> r.get(contact))
                .containsExactly("0812 3456 7890", "budi@example.id", "0899 1111 2222");
        assertThat(items).extracting(r -> r.get(onTime)).containsExactly("Tidak", "Ya", "");
        assertThat(items.get(0).get(head.indexOf("Batas waktu"))).isEqualTo("09-11-2026");
        assertThat(text).doesNotContain("Oktober Orang");
    }

    /** With -Dloket.exportSamples=DIR the files are kept there, to open them in LibreOffice by hand. */
    static void keep(Path file) throws IOException {
        String dir = System.getProperty("loket.exportSamples");
        if (dir != null && !dir.isBlank()) {
            Files.createDirectories(Path.of(dir));
            Files.copy(file, Path.of(dir, file.getFileName().toString()),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static List<List<String>> read(Sheet sheet) throws IOException {
        List<List<String>> out = new ArrayList<>();
        for (Row r : sheet.read()) {
            out.add(r.stream().map(c -> c == null ? "" : c.getText()).collect(Collectors.toList()));
        }
        return out;
    }

    @Test
    void xlsxWithAndWithoutContacts() throws IOException {
        Path plain = dir.resolve("rekap.xlsx");
        vm.exportXlsx(plain);
        try (InputStream in = Files.newInputStream(plain); ReadableWorkbook wb = new ReadableWorkbook(in)) {
            List<Sheet> sheets = wb.getSheets().toList();
            assertThat(sheets).extracting(Sheet::getName).containsExactly("Rekap");
            List<List<String>> rows = read(sheets.get(0));
            assertThat(rows.get(0)).containsExactly("Bagian", "Uraian", "Jumlah");
            assertThat(find(rows, "Per kanal", "SP4N-LAPOR!").get(2)).isEqualTo("1");
            assertThat(find(rows, "Ringkasan", "Jumlah pengaduan").get(2)).isEqualTo("3");
            assertThat(Double.parseDouble(find(rows, "Ringkasan", "Persentase selesai tepat waktu").get(2)))
                    .isEqualTo(0.5);
            assertThat(rows.toString()).doesNotContain("0812", "budi@example.id", "Rina");
        }
        vm.includeContacts().set(true);
        Path withContacts = dir.resolve("rekap-kontak.xlsx");
        vm.exportXlsx(withContacts);
        keep(withContacts);
        try (InputStream in = Files.newInputStream(withContacts); ReadableWorkbook wb = new ReadableWorkbook(in)) {
            List<Sheet> sheets = wb.getSheets().toList();
            assertThat(sheets).extracting(Sheet::getName).containsExactly("Rekap", "Pengaduan");
            List<List<String>> items = read(sheets.get(1));
            int contact = items.get(0).indexOf("Kontak (telepon/WhatsApp atau e-mail)");
            assertThat(items.subList(1, items.size())).extracting(r -> r.get(contact))
                    .containsExactly("0812 3456 7890", "budi@example.id", "0899 1111 2222");
        }
    }

    /** Regression (robustness test): a folder that is gone (a USB disk pulled out) gave an unexpected-error dialog. */
    @Test
    void aFileThatCannotBeWrittenIsExplainedNotAnUnexpectedError() {
        dialogs.shown.clear();
        Path gone = dir.resolve("usb-dicabut/rekap.csv");
        vm.exportCsv(gone);
        vm.exportXlsx(dir); // a folder, not a file
        assertThat(dialogs.shown).hasSize(2).allSatisfy(d -> assertThat(d).startsWith("error: Ekspor gagal: Rekap "
                + "tidak dapat disimpan ke "));
        assertThat(dialogs.shown.get(0)).contains(gone.toString());
        assertThat(gone.getParent()).doesNotExist();
    }

    @Test
    void recapOnScreenCountsTheMonth() {
        vm.show();
        assertThat(vm.recap().get().total()).isEqualTo(3);
        assertThat(vm.recap().get().byChannel()).hasSize(8);
        assertThat(vm.shareText()).isEqualTo("50,0 % (1 dari 2 pengaduan yang selesai)");
        assertThat(vm.suggestedName("csv")).isEqualTo("rekap-pengaduan-2026-11.csv");
    }
}
