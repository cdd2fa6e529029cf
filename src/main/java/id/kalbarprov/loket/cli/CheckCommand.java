package id.kalbarprov.loket.cli;

import id.kalbarprov.loket.store.DatabaseCheck;
import java.nio.file.Files;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code check}: integrity, migrations, row counts; exit 1 on any problem. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Memeriksa database: integritas, migrasi, jumlah baris. Keluar 1 bila ada masalah.")
public final class CheckCommand implements Callable<Integer> {

    @Mixin
    private DbOption db;

    @Override
    public Integer call() {
        if (!db.onServer() && !Files.exists(db.file())) {
            System.err.println("Database tidak ditemukan: " + db.file());
            return 1;
        }
        DatabaseCheck.Report report = DatabaseCheck.run(db.location());
        report.lines().forEach(System.out::println);
        report.problems().forEach(p -> System.err.println("MASALAH: " + p));
        System.out.println(report.ok() ? "OK" : "GAGAL: " + report.problems().size() + " masalah");
        return report.ok() ? 0 : 1;
    }
}
