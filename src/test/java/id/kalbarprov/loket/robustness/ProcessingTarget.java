package id.kalbarprov.loket.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import id.kalbarprov.loket.core.processing.CloudRecord;
import id.kalbarprov.loket.core.processing.EmailRecord;
import id.kalbarprov.loket.core.processing.HostingRecord;
import id.kalbarprov.loket.core.processing.NetworkRecord;
import id.kalbarprov.loket.core.processing.ProcessingRecord;
import id.kalbarprov.loket.core.processing.VideoConferenceRecord;
import id.kalbarprov.loket.core.validation.ValidationException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * What processing did, for each of the five services, through the check the Proses screen's
 * finish step runs ({@link ProcessingRecord#validate}, as in RequestWorkflow.finishProcessing),
 * then, when accepted, what would be saved ({@code details()}) and quoted ({@code summary()}).
 * Nothing is written here, so {@link #counts()} is empty and {@link #saved} 0.
 */
final class ProcessingTarget implements FormTarget<ProcessingRecord> {

    private static final List<String> GOOD_MAILBOXES = List.of("budi@kalbarprov.go.id",
            "admin.dinkes@kalbarprov.go.id", " Siti.R@Diskominfo.Kalbarprov.GO.ID ", "o'neil+zoom@bkd.kalbarprov.go.id");
    private static final List<String> BAD_MAILBOXES = List.of("budi", "budi@", "@kalbarprov.go.id", "budi@kalbarprov",
            "budi@@kalbarprov.go.id", "budi@kalbarprov.go.id.", "📧@kalbarprov.go.id", "a".repeat(65) + "@x.go.id",
            "budi@-x.go.id", "budi@x..go.id", "budi@x.go.1d", "'--@x.go.id'", "budi@kalbarprov.go.id\u0000",
            "budi@" + "a".repeat(250) + ".id");
    private static final List<String> GOOD_HOSTS = List.of("dinkes.kalbarprov.go.id", "Web.Kalbarprov.GO.ID.",
            " ppid.kalbarprov.go.id ", "sipd-2.kalbarprov.go.id", "x.id");
    private static final List<String> BAD_HOSTS = List.of("localhost", "-x.go.id", "x..go.id", "x.go.1d",
            "http://x.go.id", "x.go.id/path", "a".repeat(64) + ".go.id", "📨.go.id", "x_y.go.id", ".go.id",
            "'; DROP TABLE request; --", "x.go.id:8080", ("a".repeat(60) + ".").repeat(5) + "id");
    /** NIPs bad in format (bad for PNS and PPPK alike). */
    private static final List<String> BAD_FORMAT_NIPS = List.of("123", "19650916199303100x", "1965091619930310021",
            "１９６５０９１６１９９３０３１００２", "1965-09-16-1993-03-1-002", "'; DROP TABLE x; --");
    /** Eighteen digits that are no plausible civil-servant NIP (fine as a PPPK number). */
    private static final List<String> IMPLAUSIBLE_NIPS = List.of("196513161993031002", "196509161993131002",
            "196509161960031002", "196509161993033002", "196509161993031000", "201509162020031002",
            "192009161950031002", "000000000000000000", "999999999999999999");
    private static final List<String> GOOD_NIPS = List.of("196509161993031002", "19650916 199303 1 002",
            "1965.09.16 199303 1 002", "199001012015032001");

    private final LocalDate today;

    ProcessingTarget(Clock clock) {
        this.today = LocalDate.now(clock);
    }

    @Override
    public String name() {
        return "processing";
    }

    @Override
    public Input<?> any(Random r) {
        Set<String> bad = new TreeSet<>();
        ProcessingRecord rec = switch (r.nextInt(5)) {
            case 0 -> email(r, bad);
            case 1 -> hosting(r, bad);
            case 2 -> network(r, bad);
            case 3 -> cloud(r, bad);
            default -> vicon(r, bad);
        };
        String s = rec.toString();
        return new Input<>(rec, bad, s.length() > 300 ? s.substring(0, 300) + "…" : s);
    }

    private EmailRecord email(Random r, Set<String> bad) {
        EmailRecord.Action action = mark(bad, EmailRecord.ACTION, Values.required(r, EmailRecord.Action.values()));
        String mailboxes;
        switch (r.nextInt(8)) {
            case 0 -> { mailboxes = Values.BLANK.get(r.nextInt(Values.BLANK.size())); bad.add(EmailRecord.MAILBOXES); }
            case 1 -> { mailboxes = List.of(",", " ; ", ",,;\n").get(r.nextInt(3)); bad.add(EmailRecord.MAILBOXES); }
            case 2 -> { mailboxes = r.nextBoolean() ? Values.HUGE : (GOOD_MAILBOXES.get(0) + ", ").repeat(100);
                bad.add(EmailRecord.MAILBOXES); }
            default -> {
                List<String> parts = new ArrayList<>();
                for (int i = 1 + r.nextInt(4); i > 0; i--) {
                    if (r.nextInt(5) == 0) {
                        parts.add(BAD_MAILBOXES.get(r.nextInt(BAD_MAILBOXES.size())));
                        bad.add(EmailRecord.MAILBOXES);
                    } else {
                        parts.add(GOOD_MAILBOXES.get(r.nextInt(GOOD_MAILBOXES.size())));
                    }
                }
                mailboxes = String.join(List.of(", ", ";", "\n", " ", " ,; ").get(r.nextInt(5)), parts);
            }
        }
        var detail = Values.optionalText(r, 500);
        if (detail.bad() || (action == EmailRecord.Action.UBAH && blank(detail.value()))) {
            bad.add(EmailRecord.DETAIL);
        }
        var handover = Values.optionalText(r, 200);
        if (handover.bad() || (action == EmailRecord.Action.RESET && blank(handover.value()))) {
            bad.add(EmailRecord.HANDOVER);
        }
        return new EmailRecord(action, mailboxes, detail.value(), handover.value());
    }

    private HostingRecord hosting(Random r, Set<String> bad) {
        String host = switch (r.nextInt(6)) {
            case 0 -> { bad.add(HostingRecord.HOST); yield Values.BLANK.get(r.nextInt(Values.BLANK.size())); }
            case 1, 2 -> { bad.add(HostingRecord.HOST); yield BAD_HOSTS.get(r.nextInt(BAD_HOSTS.size())); }
            default -> GOOD_HOSTS.get(r.nextInt(GOOD_HOSTS.size()));
        };
        return new HostingRecord(host, mark(bad, HostingRecord.TYPE, Values.required(r, HostingRecord.Type.values())),
                mark(bad, HostingRecord.QUOTA, Values.requiredText(r, 40)),
                mark(bad, HostingRecord.SERVER, Values.requiredText(r, 100)));
    }

    private NetworkRecord network(Random r, Set<String> bad) {
        return new NetworkRecord(mark(bad, NetworkRecord.LOCATION, Values.requiredText(r, 200)),
                mark(bad, NetworkRecord.WORK, Values.required(r, NetworkRecord.Work.values())),
                mark(bad, NetworkRecord.BANDWIDTH, Values.requiredText(r, 40)));
    }

    private CloudRecord cloud(Random r, Set<String> bad) {
        boolean pppk = r.nextInt(3) == 0;
        String nip = switch (r.nextInt(6)) {
            case 0 -> { bad.add(CloudRecord.ADMIN_NIP); yield Values.BLANK.get(r.nextInt(Values.BLANK.size())); }
            case 1 -> { bad.add(CloudRecord.ADMIN_NIP); yield BAD_FORMAT_NIPS.get(r.nextInt(BAD_FORMAT_NIPS.size())); }
            case 2 -> {
                if (!pppk) {
                    bad.add(CloudRecord.ADMIN_NIP);
                }
                yield IMPLAUSIBLE_NIPS.get(r.nextInt(IMPLAUSIBLE_NIPS.size()));
            }
            default -> GOOD_NIPS.get(r.nextInt(GOOD_NIPS.size()));
        };
        return new CloudRecord(mark(bad, CloudRecord.ACCOUNT, Values.requiredText(r, 100)),
                mark(bad, CloudRecord.QUOTA, Values.requiredText(r, 40)),
                mark(bad, CloudRecord.ADMIN_NAME, Values.requiredText(r, 100)), nip, pppk,
                mark(bad, CloudRecord.ADMIN_POSITION, Values.requiredText(r, 150)));
    }

    private VideoConferenceRecord vicon(Random r, Set<String> bad) {
        boolean activated = r.nextInt(6) != 0;
        if (!activated) {
            bad.add(VideoConferenceRecord.ACTIVATED);
        }
        String account = switch (r.nextInt(6)) {
            case 0 -> { bad.add(VideoConferenceRecord.ACCOUNT); yield Values.BLANK.get(r.nextInt(Values.BLANK.size())); }
            case 1 -> { bad.add(VideoConferenceRecord.ACCOUNT);
                yield r.nextBoolean() ? BAD_MAILBOXES.get(r.nextInt(BAD_MAILBOXES.size())) : Values.HUGE; }
            default -> GOOD_MAILBOXES.get(r.nextInt(GOOD_MAILBOXES.size()));
        };
        LocalDateTime eventAt = switch (r.nextInt(7)) {
            case 0 -> { bad.add(VideoConferenceRecord.EVENT_AT); yield null; }
            case 1 -> List.of(LocalDateTime.of(1, 1, 1, 0, 0), LocalDateTime.of(9999, 12, 31, 23, 59),
                    LocalDateTime.of(1900, 2, 28, 7, 5), LocalDateTime.of(2100, 1, 1, 0, 0)).get(r.nextInt(4));
            default -> today.atTime(8, 0).plusDays(r.nextInt(120) - 30).plusMinutes(15L * r.nextInt(40));
        };
        return new VideoConferenceRecord(activated, account, eventAt);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static <T> T mark(Set<String> bad, String field, Values.V<T> v) {
        if (v.bad()) {
            bad.add(field);
        }
        return v.value();
    }

    @Override
    public ProcessingRecord submit(Input<?> input) {
        ProcessingRecord rec = (ProcessingRecord) input.value();
        var problems = rec.validate(today);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        checkAccepted(rec); // what finishProcessing then saves and quotes; a crash here is a crash
        return rec;
    }

    @Override
    public int saved(ProcessingRecord result) {
        return 0;
    }

    @Override
    public Map<String, Long> counts() {
        return Map.of();
    }

    /** What an accepted record would save and quote: no crash, nothing blank. */
    static void checkAccepted(ProcessingRecord rec) {
        assertThat(rec.details()).as("details of " + rec).isNotEmpty();
        assertThat(rec.summary()).as("summary of " + rec).isNotBlank();
    }
}
