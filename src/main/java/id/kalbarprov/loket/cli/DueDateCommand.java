package id.kalbarprov.loket.cli;

import id.kalbarprov.loket.core.calendar.WorkingCalendar;
import id.kalbarprov.loket.store.Database;
import id.kalbarprov.loket.store.ReferenceStore;
import id.kalbarprov.loket.store.SettingsStore;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code due-date}: prints only the due date, with that database's calendar and closing time. */
@Command(name = "due-date", mixinStandardHelpOptions = true,
        description = "Menghitung tanggal jatuh tempo (hari kerja) dengan kalender database.")
public final class DueDateCommand implements Callable<Integer> {

    @Mixin
    private DbOption db;

    @Option(names = "--registered", required = true, paramLabel = "YYYY-MM-DDTHH:MM",
            description = "Waktu registrasi berkas lengkap.")
    private LocalDateTime registered;

    @Option(names = "--working-days", required = true, paramLabel = "N", description = "Jumlah hari kerja.")
    private int workingDays;

    @Override
    public Integer call() {
        if (workingDays < 0 || workingDays > 366) {
            System.err.println("--working-days harus antara 0 dan 366.");
            return 2;
        }
        Database database = db.open();
        WorkingCalendar calendar = new ReferenceStore(database).calendar(new SettingsStore(database));
        LocalDate due = calendar.dueDate(registered, workingDays);
        if (!calendar.hasHolidayListFor(due.getYear()) || !calendar.hasHolidayListFor(registered.getYear())) {
            System.err.println("Peringatan: belum ada daftar hari libur untuk tahun " + due.getYear()
                    + "; tanggal ini hanya memperhitungkan Sabtu dan Minggu.");
        }
        System.out.println(due);
        return 0;
    }
}
