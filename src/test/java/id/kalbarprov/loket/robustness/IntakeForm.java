package id.kalbarprov.loket.robustness;

import static id.kalbarprov.loket.core.intake.LetterFields.*;
import static org.assertj.core.api.Assertions.assertThat;

import id.kalbarprov.loket.Loket;
import id.kalbarprov.loket.core.catalog.Agency;
import id.kalbarprov.loket.core.catalog.ServiceStandard;
import id.kalbarprov.loket.core.intake.LetterDraft;
import id.kalbarprov.loket.ui.common.TaskRunner;
import id.kalbarprov.loket.ui.intake.IntakeViewModel;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * Surat Masuk → the intake form through {@link IntakeViewModel#save} (the drafts and which fields are bad
 * come from {@link IntakeTarget}; the received time and an unknown agency are typed as text, sometimes
 * wrongly). "Looks like a duplicate" is answered "it is a different letter".
 */
final class IntakeForm extends VmForm {

    private static final List<String> BAD_TIMES = List.of("25.00", "9", "jam 9", "09:60", "24.00", "📅", "0900");

    private final Loket loket;
    private final IntakeViewModel vm;
    private final IntakeTarget drafts;
    private LetterDraft draft;

    IntakeForm(Loket loket) {
        super(loket.database());
        this.loket = loket;
        dialogs.answer = true;
        vm = new IntakeViewModel(loket.intake(), loket::actor,
                () -> new IntakeViewModel.Reference(loket.reference().services(), loket.reference().agencies()),
                loket.letters()::nextAgendaNumber, TaskRunner.direct(), dialogs, i18n, loket.clock());
        vm.load();
        drafts = new IntakeTarget(loket.database(), loket.clock());
    }

    @Override
    public String name() {
        return "intake form";
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    @Override
    public Filled fill(Random r) {
        FormTarget.Input<?> in = drafts.any(r);
        draft = (LetterDraft) in.value();
        Set<String> bad = new TreeSet<>(in.badFields());
        vm.clear();
        if (draft.receivedAt() == null) {
            vm.receivedDate().set(null);
            vm.receivedTime().set("");
        } else {
            vm.receivedDate().set(draft.receivedAt().toLocalDate());
            String time = String.format("%02d.%02d", draft.receivedAt().getHour(), draft.receivedAt().getMinute());
            if (r.nextInt(8) == 0 && !bad.contains(LETTER_DATE)) {
                time = pick(r, BAD_TIMES);
                bad.add(RECEIVED_AT);
            }
            vm.receivedTime().set(time);
        }
        Agency agency = vm.agencies().stream().filter(a -> draft.agencyId() != null && a.id() == draft.agencyId())
                .findFirst().orElse(null);
        vm.chooseAgency(agency);
        if (agency == null && r.nextBoolean()) {
            vm.agencyQuery().set(pick(r, List.of("Dinas Entah Berantah", "'; DROP TABLE agency; --", "📨", "x")));
        }
        ServiceStandard service = vm.services().stream()
                .filter(s -> draft.serviceId() != null && s.id() == draft.serviceId()).findFirst().orElse(null);
        vm.service().set(service);
        vm.checklist().forEach(c -> c.fulfilled().set(draft.fulfilledRequirementIds().contains(c.requirement().id())));
        vm.signerRole().set(draft.signerRole());
        vm.letterNumber().set(text(draft.letterNumber()));
        vm.letterDate().set(draft.letterDate());
        vm.subject().set(text(draft.subject()));
        vm.signerName().set(text(draft.signerName()));
        vm.contactName().set(text(draft.contactName()));
        vm.contactPhone().set(text(draft.contactPhone()));
        vm.notes().set(text(draft.notes()));
        return new Filled(bad, in.description());
    }

    @Override
    public void submit() {
        vm.save();
    }

    @Override
    public Map<String, String> fieldMessages() {
        return vm.errors();
    }

    @Override
    public Set<String> shownFields() {
        return new HashSet<>(IntakeViewModel.FIELD_ORDER);
    }

    @Override
    public Map<String, Object> state() {
        return read("SELECT count(*) FROM letter", "SELECT count(*) FROM request_history");
    }

    @Override
    public void checkSaved(Filled filled) {
        var last = db.jdbi().withHandle(h -> h.createQuery("SELECT subject || '|' || letter_number FROM letter "
                + "ORDER BY id DESC LIMIT 1").mapTo(String.class).one());
        assertThat(last).isEqualTo(draft.subject().strip() + "|" + draft.letterNumber().strip());
        assertThat(vm.status().get()).isNotBlank();
        assertThat(vm.statusIsError().get()).isFalse();
    }
}
