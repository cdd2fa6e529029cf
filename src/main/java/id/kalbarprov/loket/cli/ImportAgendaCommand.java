package id.kalbarprov.loket.cli;

import id.kalbarprov.loket.core.agendaimport.AgendaBook;
import id.kalbarprov.loket.core.agendaimport.AgendaImportException;
import id.kalbarprov.loket.core.agendaimport.AgendaImportService;
import id.kalbarprov.loket.core.auth.Role;
import id.kalbarprov.loket.documents.AgendaXlsx;
import id.kalbarprov.loket.store.AgendaImportStore;
import id.kalbarprov.loket.store.Database;
import id.kalbarprov.loket.store.ReferenceStore;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code import-agenda --from FILE.xlsx|.csv}: the old agenda book, all rows or none. */
@Command(name = "import-agenda", mixinStandardHelpOptions = true,
        description = "Mengimpor buku agenda lama dari XLSX atau CSV (; atau ,): kolom No. Agenda, Tanggal Terima, "
                + "Nomor Surat, Tanggal Surat, Asal Surat, Perihal, Layanan, Keterangan; tanggal hh-bb-tttt atau "
                + "hh/bb/tttt. Nomor agenda lama dipertahankan, surat ditandai impor, tanpa jangka waktu. "
                + "Satu baris salah: tidak ada yang diimpor.")
public final class ImportAgendaCommand implements Callable<Integer> {

    @Mixin
    private DbOption db;

    @Option(names = "--from", required = true, paramLabel = "FILE", description = "Berkas .xlsx atau .csv.")
    private Path from;

    @Option(names = "--map", paramLabel = "\"NAMA LAMA=SINGKATAN\"",
            description = "Memetakan nama instansi di buku lama yang tidak dikenal Loket ke instansi Loket "
                    + "(singkatan atau nama lengkap); berlaku untuk semua baris dengan nama itu. Boleh berulang.")
    private List<String> maps = new java.util.ArrayList<>();

    @Override
    public Integer call() {
        if (!Files.isRegularFile(from)) {
            System.err.println("Berkas tidak ditemukan: " + from);
            return 1;
        }
        if (!db.onServer() && !Files.exists(db.file())) {
            System.err.println("Database tidak ditemukan: " + db.file());
            return 1;
        }
        List<AgendaBook.Line> lines;
        try {
            lines = read(from);
        } catch (IOException | RuntimeException e) {
            System.err.println("Berkas " + from.getFileName() + " tidak dapat dibaca sebagai "
                    + (xlsx(from) ? "XLSX" : "CSV") + ". Simpan ulang dari Excel sebagai .xlsx atau .csv.");
            return 1;
        }
        Database database = Database.open(db.location());
        try {
            ReferenceStore ref = new ReferenceStore(database);
            AgendaImportService service = new AgendaImportService(new AgendaImportStore(database), ref::agencies,
                    ref::services, Clock.systemDefaultZone());
            Map<String, Long> mapped = new LinkedHashMap<>();
            for (String m : maps) {
                int eq = m.lastIndexOf('=');
                String old = eq < 0 ? "" : m.substring(0, eq).strip();
                String to = eq < 0 ? "" : m.substring(eq + 1).strip();
                if (old.isEmpty() || to.isEmpty()) {
                    System.err.println("--map \"" + m + "\" tidak terbaca: tulis --map \"Nama Lama=SINGKATAN\", "
                            + "mis. --map \"Dinas Kesehatan Prov. Kalbar=Dinkes\".");
                    return 1;
                }
                var agency = service.agency(to);
                if (agency.isEmpty()) {
                    System.err.println("--map \"" + m + "\": instansi '" + to + "' tidak ada di Loket. "
                            + "Tulis singkatan atau nama lengkapnya seperti di daftar instansi Loket.");
                    return 1;
                }
                mapped.put(AgendaBook.agencyKey(old), agency.get().id());
            }
            int n = service.importBook(lines, mapped, SystemActors.command("import-agenda", Role.ADMIN),
                    from.getFileName().toString());
            System.out.println(n + " surat dari buku agenda lama diimpor dari " + from + ".");
            return 0;
        } catch (AgendaImportException e) {
            e.problems().forEach(System.err::println);
            if (!e.unknownAgencies().isEmpty()) {
                System.err.println("Petakan tiap instansi yang belum dikenal dengan --map \"Nama Lama=SINGKATAN\" "
                        + "(boleh berulang), mis. --map \"" + e.unknownAgencies().get(0).name() + "=Dinkes\".");
            }
            System.err.println("Tidak ada yang diimpor: " + e.problems().size() + " masalah di " + from + ".");
            return 1;
        } finally {
            database.close();
        }
    }

    static boolean xlsx(Path p) {
        return p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx");
    }

    static List<AgendaBook.Line> read(Path p) throws IOException {
        if (xlsx(p)) {
            try (InputStream in = Files.newInputStream(p)) {
                return AgendaXlsx.lines(in);
            }
        }
        String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(p))).toString();
        return AgendaBook.csv(text);
    }
}
