package id.kalbarprov.loket.robustness;

import static id.kalbarprov.loket.core.complaints.ComplaintFields.*;
import static org.assertj.core.api.Assertions.assertThat;

import id.kalbarprov.loket.core.auth.Actor;
import id.kalbarprov.loket.core.auth.Role;
import id.kalbarprov.loket.core.catalog.Agency;
import id.kalbarprov.loket.core.catalog.ComplaintChannel;
import id.kalbarprov.loket.core.catalog.ServiceStandard;
import id.kalbarprov.loket.core.complaints.ComplainantKind;
import id.kalbarprov.loket.core.complaints.ComplaintDraft;
import id.kalbarprov.loket.core.complaints.ComplaintService;
import id.kalbarprov.loket.core.complaints.ComplaintStorePort;
import id.kalbarprov.loket.store.ComplaintStore;
import id.kalbarprov.loket.store.Database;
import id.kalbarprov.loket.store.ReferenceStore;
import id.kalbarprov.loket.store.SettingsStore;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/** Registering a complaint through {@link ComplaintService#register}, built as in Loket. */
final class ComplaintTarget implements FormTarget<ComplaintStorePort.Registered> {

    private static final Actor CLERK = new Actor(1, "siti", "Siti Rahmawati", Set.of(Role.PETUGAS_LOKET));
    private static final List<Long> UNKNOWN = List.of(-1L, 0L, 999_999L, Long.MAX_VALUE, Long.MIN_VALUE);
    private static final List<String> GOOD_CONTACTS = List.of("0812 3456 7890", "+62 812-3456-7890",
            "081234567890", "warga@example.com", "  pelapor.satu@kalbarprov.go.id  ", "62.812.3456.789");
    private static final List<String> BAD_CONTACTS = List.of("abc", "0812", "warga@", "@example.com", "a@b",
            "a@@b.com", "'; DROP TABLE complaint; --", "📱", "☎ 0812 3456 7890", "warga@example.c0m",
            "x@y.z", "+1 202 555 0101");

    private final Database db;
    private final ComplaintService service;
    private final ComplaintStore store;
    private final List<ComplaintChannel> channels;
    private final List<Long> agencies;
    private final List<Long> services;
    private final LocalDateTime now;

    ComplaintTarget(Database db, Clock clock) {
        this.db = db;
        ReferenceStore reference = new ReferenceStore(db);
        var calendar = reference.calendar(new SettingsStore(db));
        this.store = new ComplaintStore(db, () -> calendar, clock);
        this.service = new ComplaintService(store, reference::complaintChannels, reference::complaintCategories,
                clock);
        this.channels = reference.complaintChannels();
        this.agencies = reference.agencies().stream().map(Agency::id).toList();
        this.services = reference.services().stream().map(ServiceStandard::id).toList();
        this.now = LocalDateTime.now(clock);
        assertThat(channels).as("channels seeded").isNotEmpty();
        assertThat(channels).as("some channel needs a reference").anyMatch(ComplaintChannel::needsReference);
    }

    @Override
    public String name() {
        return "complaint";
    }

    @Override
    public Input<?> any(Random r) {
        Set<String> bad = new TreeSet<>();
        var received = mark(bad, RECEIVED_AT, Values.receivedAt(r, now));
        // channel: known (LAPOR and social media need a reference), missing or unknown
        ComplaintChannel channel = null;
        Long channelId;
        switch (r.nextInt(8)) {
            case 0 -> { channelId = null; bad.add(CHANNEL); }
            case 1 -> { channelId = UNKNOWN.get(r.nextInt(UNKNOWN.size())); bad.add(CHANNEL); }
            default -> { channel = channels.get(r.nextInt(channels.size())); channelId = channel.id(); }
        }
        var ref = Values.optionalText(r, MAX_REFERENCE);
        if (ref.bad() || (channel != null && channel.needsReference() && blank(ref.value()))) {
            bad.add(REFERENCE);
        }
        boolean anonymous = r.nextBoolean();
        var name = Values.optionalText(r, MAX_NAME);
        if (name.bad() || (!anonymous && blank(name.value()))) {
            bad.add(NAME);
        }
        ComplainantKind kind = mark(bad, KIND, Values.required(r, ComplainantKind.values()));
        Long agency;
        if (kind == ComplainantKind.INSTANSI) {
            agency = mark(bad, AGENCY, Values.id(r, agencies));
        } else {
            agency = r.nextInt(5) == 0 ? agencies.get(r.nextInt(agencies.size())) : null; // ignored
        }
        String contact = switch (r.nextInt(6)) {
            case 0 -> Values.BLANK.get(r.nextInt(Values.BLANK.size()));
            case 1 -> { bad.add(CONTACT); yield BAD_CONTACTS.get(r.nextInt(BAD_CONTACTS.size())); }
            case 2 -> { bad.add(CONTACT); yield "a".repeat(MAX_CONTACT) + "@example.com"; }
            default -> GOOD_CONTACTS.get(r.nextInt(GOOD_CONTACTS.size()));
        };
        Long serviceId = switch (r.nextInt(6)) {
            case 0, 1 -> null;
            case 2 -> { bad.add(SERVICE); yield UNKNOWN.get(r.nextInt(UNKNOWN.size())); }
            default -> services.get(r.nextInt(services.size()));
        };
        Long letterId = null; // a fresh database has no letters: any id is unknown
        if (r.nextInt(8) == 0) {
            letterId = UNKNOWN.get(r.nextInt(UNKNOWN.size()));
            bad.add(LETTER);
        }
        String text = mark(bad, TEXT, Values.requiredText(r, MAX_TEXT));
        ComplaintDraft d = new ComplaintDraft(received, channelId, ref.value(), anonymous, name.value(), kind, agency,
                contact, serviceId, letterId, text);
        String s = d.toString();
        return new Input<>(d, bad, s.length() > 300 ? s.substring(0, 300) + "…" : s);
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
    public ComplaintStorePort.Registered submit(Input<?> input) {
        return service.register((ComplaintDraft) input.value(), CLERK);
    }

    @Override
    public int saved(ComplaintStorePort.Registered result) {
        return 1;
    }

    @Override
    public Map<String, Long> counts() {
        return db.jdbi().withHandle(h -> {
            Map<String, Long> m = new LinkedHashMap<>();
            for (String sql : List.of("SELECT count(*) FROM complaint", "SELECT count(*) FROM complaint_history",
                    "SELECT count(*) FROM audit_log WHERE entity = 'complaint'")) {
                m.put(sql, h.createQuery(sql).mapTo(Long.class).one());
            }
            return m;
        });
    }

    @Override
    public void checkSaved(Input<?> input, ComplaintStorePort.Registered result) {
        ComplaintDraft d = (ComplaintDraft) input.value();
        var row = store.find(result.id()).orElseThrow();
        assertThat(row.text()).as("text reads back as entered").isEqualTo(d.text().strip());
        assertThat(row.number()).isEqualTo(result.number());
    }
}
