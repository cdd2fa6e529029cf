package id.kalbarprov.loket.store;

import id.kalbarprov.loket.core.auth.Actor;
import id.kalbarprov.loket.core.auth.Role;
import id.kalbarprov.loket.core.catalog.ServiceStandard;
import id.kalbarprov.loket.core.intake.IntakeService;
import id.kalbarprov.loket.core.intake.LetterDraft;
import id.kalbarprov.loket.core.intake.SignerRole;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A clerk who never stops: registers letters through {@link IntakeService} in a loop and prints
 * "OK agenda letterNumber" only after the registration returned (committed). Run in its own JVM by
 * {@link CrashTest} (killed with SIGKILL) and {@link TwoInstancesTest} (two at once).
 * Arguments: database file, a tag for letter numbers, optional count (default: forever).
 */
public final class CrashWriter {

    private CrashWriter() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        Database db = Database.open(Path.of(args[0]));
        String tag = args[1];
        long count = args.length > 2 ? Long.parseLong(args[2]) : Long.MAX_VALUE;
        ReferenceStore ref = new ReferenceStore(db);
        List<ServiceStandard> services = ref.services();
        long agency = ref.agencies().get(0).id();
        var calendar = ref.calendar(new SettingsStore(db));
        IntakeService intake = new IntakeService(new LetterStore(db),
                id -> services.stream().filter(s -> s.id() == id).findFirst(), () -> calendar,
                Clock.systemDefaultZone());
        Actor clerk = new Actor(1, "siti", "Siti Rahmawati", Set.of(Role.PETUGAS_LOKET));
        out.println("READY");
        out.flush();
        for (long i = 0; i < count; i++) {
            ServiceStandard s = services.get((int) (i % services.size()));
            LocalDateTime now = LocalDateTime.now();
            String number = tag + "/" + i;
            LetterDraft draft = new LetterDraft(now, agency, number, now.toLocalDate(),
                    "Permohonan uji ketahanan " + number, s.id(), SignerRole.KEPALA_PD, "Kepala Dinas",
                    s.requirements().stream().map(ServiceStandard.Requirement::id).collect(Collectors.toSet()),
                    null, null, null);
            var done = (IntakeService.Done) intake.register(draft, clerk, true);
            out.println("OK " + done.agendaNumber() + " " + number);
            out.flush();
        }
        out.println("DONE");
        out.flush();
    }
}
