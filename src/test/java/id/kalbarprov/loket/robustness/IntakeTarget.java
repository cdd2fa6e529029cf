package id.kalbarprov.loket.robustness;

import static id.kalbarprov.loket.core.intake.LetterFields.*;
import static org.assertj.core.api.Assertions.assertThat;

import id.kalbarprov.loket.core.auth.Actor;
import id.kalbarprov.loket.core.auth.Role;
import id.kalbarprov.loket.core.catalog.Agency;
import id.kalbarprov.loket.core.catalog.ServiceStandard;
import id.kalbarprov.loket.core.intake.IntakeService;
import id.kalbarprov.loket.core.intake.LetterDraft;
import id.kalbarprov.loket.core.intake.SignerRole;
import id.kalbarprov.loket.store.Database;
import id.kalbarprov.loket.store.LetterStore;
import id.kalbarprov.loket.store.ReferenceStore;
import id.kalbarprov.loket.store.SettingsStore;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/** Registering an incoming letter through {@link IntakeService#register}. */
final class IntakeTarget implements FormTarget<IntakeService.Outcome> {

    private static final Actor CLERK = new Actor(1, "siti", "Siti Rahmawati", Set.of(Role.PETUGAS_LOKET));

    private final Database db;
    private final IntakeService intake;
    private final LetterStore letters;
    private final List<Long> agencies;
    private final List<Long> services;
    private final List<Long> requirementIds;
    private final LocalDateTime now;

    IntakeTarget(Database db, Clock clock) {
        this.db = db;
        ReferenceStore ref = new ReferenceStore(db);
        List<ServiceStandard> all = ref.services();
        var calendar = ref.calendar(new SettingsStore(db));
        this.letters = new LetterStore(db);
        this.intake = new IntakeService(letters, id -> all.stream().filter(s -> s.id() == id).findFirst(),
                () -> calendar, clock);
        this.agencies = ref.agencies().stream().map(Agency::id).toList();
        this.services = all.stream().map(ServiceStandard::id).toList();
        this.requirementIds = all.stream().flatMap(s -> s.requirements().stream()).map(ServiceStandard.Requirement::id)
                .toList();
        this.now = LocalDateTime.now(clock);
    }

    @Override
    public String name() {
        return "intake";
    }

    @Override
    public Input<?> any(Random r) {
        Set<String> bad = new TreeSet<>();
        var received = mark(bad, RECEIVED_AT, Values.receivedAt(r, now));
        var letterDate = mark(bad, LETTER_DATE, Values.letterDate(r, received, now.toLocalDate()));
        Set<Long> ticked = new HashSet<>();
        for (int i = r.nextInt(6); i > 0; i--) {
            ticked.add(r.nextInt(4) == 0 ? r.nextLong() : requirementIds.get(r.nextInt(requirementIds.size())));
        }
        LetterDraft d = new LetterDraft(received,
                mark(bad, AGENCY, Values.id(r, agencies)),
                mark(bad, LETTER_NUMBER, Values.requiredText(r, MAX_LETTER_NUMBER)),
                letterDate,
                mark(bad, SUBJECT, Values.requiredText(r, MAX_SUBJECT)),
                mark(bad, SERVICE, Values.id(r, services)),
                mark(bad, SIGNER_ROLE, Values.required(r, SignerRole.values())),
                mark(bad, SIGNER_NAME, Values.requiredText(r, MAX_NAME)),
                ticked,
                mark(bad, CONTACT_NAME, Values.optionalText(r, MAX_NAME)),
                mark(bad, CONTACT_PHONE, Values.optionalPhone(r)),
                mark(bad, NOTES, Values.optionalText(r, MAX_NOTES)));
        String text = d.toString();
        return new Input<>(d, bad, text.length() > 300 ? text.substring(0, 300) + "…" : text);
    }

    private static <T> T mark(Set<String> bad, String field, Values.V<T> v) {
        if (v.bad()) {
            bad.add(field);
        }
        return v.value();
    }

    @Override
    public IntakeService.Outcome submit(Input<?> input) {
        return intake.register((LetterDraft) input.value(), CLERK, input.description().hashCode() % 2 == 0);
    }

    @Override
    public int saved(IntakeService.Outcome result) {
        return result instanceof IntakeService.Done ? 1 : 0;
    }

    @Override
    public Map<String, Long> counts() {
        return db.jdbi().withHandle(h -> {
            Map<String, Long> m = new LinkedHashMap<>();
            for (String sql : List.of("SELECT count(*) FROM letter", "SELECT count(*) FROM request_history",
                    "SELECT count(*) FROM audit_log WHERE entity = 'letter'")) {
                m.put(sql, h.createQuery(sql).mapTo(Long.class).one());
            }
            return m;
        });
    }

    @Override
    public void checkSaved(Input<?> input, IntakeService.Outcome result) {
        LetterDraft d = (LetterDraft) input.value();
        var row = letters.find(((IntakeService.Done) result).id()).orElseThrow();
        assertThat(row.subject()).as("subject reads back as entered").isEqualTo(d.subject().strip());
        assertThat(row.letterNumber()).isEqualTo(d.letterNumber().strip());
    }
}
