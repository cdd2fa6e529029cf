package id.kalbarprov.loket.robustness;

import static id.kalbarprov.loket.core.complaints.ComplaintFields.*;
import static org.assertj.core.api.Assertions.assertThat;

import id.kalbarprov.loket.Loket;
import id.kalbarprov.loket.core.complaints.ComplaintDraft;
import id.kalbarprov.loket.core.complaints.ComplaintStorePort;
import id.kalbarprov.loket.ui.common.TaskRunner;
import id.kalbarprov.loket.ui.complaints.ComplaintFormViewModel;
import id.kalbarprov.loket.ui.complaints.ComplaintsContext;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * Pengaduan → the registration form through {@link ComplaintFormViewModel#save} (the drafts and which
 * fields are bad come from {@link ComplaintTarget}; the received time is typed as text, sometimes wrongly;
 * channel, agency and service are picked from their lists, so an unknown id is no choice at all).
 */
final class ComplaintForm extends VmForm {

    private static final List<String> BAD_TIMES = List.of("25.00", "9", "jam 9", "09:60", "📅", "0900");

    private final Loket loket;
    private final ComplaintFormViewModel vm;
    private final ComplaintTarget drafts;
    private ComplaintDraft draft;
    private ComplaintStorePort.Registered saved;

    ComplaintForm(Loket loket) {
        super(loket.database());
        this.loket = loket;
        vm = new ComplaintFormViewModel(new ComplaintsContext(loket.complaints(), loket.complaintService(),
                loket.reference(), loket.letters(), loket::actor, loket::calendar, loket.clock(), TaskRunner.direct(),
                dialogs, i18n));
        vm.reset();
        drafts = new ComplaintTarget(loket.database(), loket.clock());
    }

    @Override
    public String name() {
        return "complaint form";
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    @Override
    public Filled fill(Random r) {
        FormTarget.Input<?> in = drafts.any(r);
        draft = (ComplaintDraft) in.value();
        Set<String> bad = new TreeSet<>(in.badFields());
        saved = null;
        vm.reset();
        if (draft.receivedAt() == null) {
            vm.receivedDate().set(null);
        } else {
            vm.receivedDate().set(draft.receivedAt().toLocalDate());
            vm.receivedTime().set(String.format("%02d.%02d", draft.receivedAt().getHour(),
                    draft.receivedAt().getMinute()));
            if (r.nextInt(8) == 0) {
                vm.receivedTime().set(pick(r, BAD_TIMES));
                bad.clear(); // a time that cannot be read is told first, alone
                bad.add(RECEIVED_AT);
            }
        }
        vm.channel().set(vm.channels().stream().filter(c -> draft.channelId() != null && c.id() == draft.channelId())
                .findFirst().orElse(null));
        vm.reference().set(text(draft.channelReference()));
        vm.anonymous().set(draft.anonymous());
        vm.name().set(text(draft.complainantName()));
        vm.kind().set(draft.complainantKind());
        vm.agency().set(vm.agencies().stream().filter(a -> draft.agencyId() != null && a.id() == draft.agencyId())
                .findFirst().orElse(null));
        if (draft.agencyId() != null && vm.agency().get() == null && !bad.contains(RECEIVED_AT)) {
            // an inactive agency is not offered: for an agency's complaint that is no agency chosen
            bad.add(AGENCY);
        }
        vm.contact().set(text(draft.contact()));
        vm.service().set(vm.services().stream().filter(s -> draft.serviceId() != null && s.id() == draft.serviceId())
                .findFirst().orElse(null));
        if (vm.service().get() == null) {
            bad.remove(SERVICE); // an unknown service is no choice: none chosen, which is allowed
        }
        vm.text().set(text(draft.text()));
        bad.remove(LETTER); // no letter can be chosen that does not exist
        return new Filled(bad, in.description());
    }

    @Override
    public void submit() {
        vm.save(r -> saved = r);
    }

    @Override
    public Map<String, String> fieldMessages() {
        return vm.errors();
    }

    @Override
    public Set<String> shownFields() {
        return Set.of(RECEIVED_AT, CHANNEL, REFERENCE, NAME, KIND, AGENCY, CONTACT, SERVICE, LETTER, TEXT);
    }

    @Override
    public Map<String, Object> state() {
        return read("SELECT count(*) FROM complaint", "SELECT count(*) FROM complaint_history");
    }

    @Override
    public void checkSaved(Filled filled) {
        assertThat(saved).as("the form was told the new number").isNotNull();
        var row = loket.complaints().find(saved.id()).orElseThrow();
        assertThat(row.text()).isEqualTo(draft.text().strip());
        assertThat(dialogs.shown).anyMatch(d -> d.startsWith("info:") && d.contains(saved.number()));
    }
}
