package id.kalbarprov.loket.store;

import id.kalbarprov.loket.core.auth.Actor;
import id.kalbarprov.loket.core.auth.Role;
import id.kalbarprov.loket.core.catalog.Agency;
import id.kalbarprov.loket.core.catalog.ServiceKind;
import id.kalbarprov.loket.core.catalog.ServiceStandard;
import id.kalbarprov.loket.core.intake.IntakeService;
import id.kalbarprov.loket.core.letters.OutgoingLetterService;
import id.kalbarprov.loket.core.request.RequestWorkflow;
import id.kalbarprov.loket.core.request.TransitionNotAllowedException;
import id.kalbarprov.loket.core.validation.ConcurrentChangeException;
import id.kalbarprov.loket.documents.LetterPdf;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;

/**
 * One desk in its own JVM on a server database (ThreeDesksOnTheServerTest): registers letters, takes
 * them for review, forwards them, finishes processing and issues confirmation letters, always reaching
 * for the oldest waiting request so the desks collide. Prints "OK <action> <letter id> [number]" after
 * each committed action, "CONFLICT <action>" when another desk got there first (refused, nothing
 * saved), "DONE" at the end. Args: the database URL, the desk's tag, how many actions to commit.
 */
public final class DeskProcess {

    private DeskProcess() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        DbLocation location = DbLocation.parse(args[0]);
        String tag = args[1];
        int actions = Integer.parseInt(args[2]);
        Database db = Database.open(location);
        Clock clock = Clock.systemDefaultZone();
        ReferenceStore ref = new ReferenceStore(db);
        List<ServiceStandard> services = ref.services();
        Agency agency = ref.agencies().get(1);
        var calendar = ref.calendar(new SettingsStore(db));
        IntakeService intake = new IntakeService(new LetterStore(db), id -> services.stream()
                .filter(s -> s.id() == id).findFirst(), () -> calendar, clock);
        RequestWorkflow workflow = new RequestWorkflow(new RequestStore(db, () -> calendar), () -> calendar, clock);
        OutgoingLetterService outgoing = new OutgoingLetterService(new OutgoingLetterStore(db), new LetterPdf(), clock);
        Actor desk = new Actor(100 + tag.charAt(0), "meja" + tag.toLowerCase(), "Meja " + tag,
                EnumSet.allOf(Role.class));
        Random rnd = new Random(tag.hashCode());
        out.println("READY");
        int done = 0;
        int n = 0;
        while (done < actions) {
            String action = switch (n++ % 5) {
                case 0 -> "REGISTER";
                case 1 -> "REVIEW";
                case 2 -> "FORWARD";
                case 3 -> "FINISH";
                default -> "ISSUE";
            };
            try {
                String result = switch (action) {
                    case "REGISTER" -> {
                        var l = (IntakeService.Done) intake.register(TwoInstancesTest.draft(db, tag + "/" + n), desk,
                                true);
                        yield l.id() + " " + l.agendaNumber();
                    }
                    case "REVIEW" -> oldest(db, "DITERIMA", (id, v) -> workflow.takeForReview(id, v, desk));
                    case "FORWARD" -> oldest(db, "DIKAJI", (id, v) -> workflow.forwardToProcessing(id, v, desk,
                            "budi", null));
                    case "FINISH" -> oldest(db, "DIPROSES", (id, v) -> workflow.finishProcessing(id, v, desk,
                            DemoWorkflow.record(kindOf(db, id), agency, java.time.LocalDateTime.now(clock), rnd)));
                    default -> {
                        long[] r = oldestRow(db, "SIAP_SURAT");
                        yield r == null ? null : r[0] + " " + outgoing.issue(desk, r[0], (int) r[1]).number();
                    }
                };
                if (result != null) {
                    out.println("OK " + action + " " + result);
                    done++;
                }
            } catch (ConcurrentChangeException | TransitionNotAllowedException e) {
                out.println("CONFLICT " + action);
            }
        }
        out.println("DONE");
        db.close();
        System.exit(0);
    }

    interface Step {
        void run(long id, int version);
    }

    private static String oldest(Database db, String state, Step step) {
        long[] r = oldestRow(db, state);
        if (r == null) {
            return null;
        }
        step.run(r[0], (int) r[1]);
        return String.valueOf(r[0]);
    }

    private static long[] oldestRow(Database db, String state) {
        return db.jdbi().withHandle(h -> h.createQuery(
                        "SELECT id, version FROM letter WHERE state = :s ORDER BY id LIMIT 1").bind("s", state)
                .map((rs, ctx) -> new long[] {rs.getLong(1), rs.getInt(2)}).findOne().orElse(null));
    }

    private static ServiceKind kindOf(Database db, long id) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT s.kind FROM letter l JOIN service s ON s.id = l.service_id"
                + " WHERE l.id = :id").bind("id", id).mapTo(String.class).map(ServiceKind::valueOf).one());
    }
}
