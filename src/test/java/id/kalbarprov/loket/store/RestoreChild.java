package id.kalbarprov.loket.store;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Path;
import java.time.LocalDateTime;

/** Restores {@code args[1]} over {@code args[0]} once told "go" on stdin: killed at a random point by RestoreKillTest. */
public final class RestoreChild {

    private RestoreChild() {
    }

    public static void main(String[] args) throws Exception {
        Path db = Path.of(args[0]);
        Path backup = Path.of(args[1]);
        Backup.verify(backup); // classes loaded and warm before the clock starts
        System.out.println("READY");
        System.out.flush();
        new BufferedReader(new InputStreamReader(System.in)).readLine();
        Backup.restore(backup, db, LocalDateTime.of(2026, 12, 5, 22, 0));
        System.out.println("DONE");
        System.out.flush();
    }
}
