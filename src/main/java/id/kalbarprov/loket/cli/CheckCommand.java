package id.kalbarprov.loket.cli;

import id.kalbarprov.loket.store.DatabaseCheck;
import java.nio.file.Files;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code check}: integrity, migrations, row counts; exit 1 on any problem. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Memeriksa database: integritas, migrasi, jumlah baris, rantai audit, dan setiap surat, "
                + "riwayat dan surat keluar terhadap catatan auditnya; celah nomor agenda dan nomor surat keluar; "
                + "pemicu pelindung; jangkar audit terbaru di folder cadangan dan loket.log.",
                "Membuka database hanya-baca. Keluar 1 bila ada masalah."})
public final class CheckCommand implements Callable<Integer> {

    @Mixin
    private DbOption db;

    @Override
    public Integer call() {
        if (!db.onServer() && !Files.exists(db.file())) {
            System.err.println("Database tidak ditemukan: " + db.file());
            return 1;
        }
        java.util.List<java.nio.file.Path> anchors = db.location() instanceof id.kalbarprov.loket.store.DbLocation.Server s
                ? java.util.List.of(id.kalbarprov.loket.store.BackupStore.readSettings(
                        id.kalbarprov.loket.DataDir.serverAnchor(s)).folder(), id.kalbarprov.loket.DataDir.folder())
                : DatabaseCheck.anchorPlaces(db.file());
        DatabaseCheck.Report report = DatabaseCheck.run(db.location(), anchors);
        report.lines().forEach(System.out::println);
        report.problems().forEach(p -> System.err.println("MASALAH: " + p));
        System.out.println(report.ok() ? "OK" : "GAGAL: " + report.problems().size() + " masalah");
        return report.ok() ? 0 : 1;
    }
}
