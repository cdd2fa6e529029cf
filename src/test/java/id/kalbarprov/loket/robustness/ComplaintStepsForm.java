package id.kalbarprov.loket.robustness;

import static id.kalbarprov.loket.core.complaints.ComplaintFields.*;
import static org.assertj.core.api.Assertions.assertThat;

import id.kalbarprov.loket.Loket;
import id.kalbarprov.loket.core.catalog.ComplaintChannel;
import id.kalbarprov.loket.core.complaints.ComplainantKind;
import id.kalbarprov.loket.core.complaints.Complaint;
import id.kalbarprov.loket.core.complaints.ComplaintDraft;
import id.kalbarprov.loket.core.complaints.ComplaintState;
import id.kalbarprov.loket.core.complaints.DeliveryChannel;
import id.kalbarprov.loket.ui.common.TaskRunner;
import id.kalbarprov.loket.ui.complaints.ComplaintDetailViewModel;
import id.kalbarprov.loket.ui.complaints.ComplaintsContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * Pengaduan → detail: verify (a category, or "not ours" and forward), follow up, close with the answer,
 * how and when it reached the complainant; through {@link ComplaintDetailViewModel}. Each complaint
 * goes on to its end; then a new one is registered.
 */
final class ComplaintStepsForm extends VmForm {

    private enum Action { VERIFY, FORWARD, FOLLOW_UP, CLOSE }

    private final Loket loket;
    private final ComplaintDetailViewModel vm;
    private final ComplaintChannel channel;
    private final LocalDateTime now;
    private long current = -1;
    private Action action;
    private Complaint before;
    private ComplaintDetailViewModel.Verdict verdict;
    private String typedText;
    private DeliveryChannel typedDelivery;
    private LocalDate typedOn;

    ComplaintStepsForm(Loket loket) {
        super(loket.database());
        this.loket = loket;
        ComplaintsContext ctx = new ComplaintsContext(loket.complaints(), loket.complaintService(), loket.reference(),
                loket.letters(), loket::actor, loket::calendar, loket.clock(), TaskRunner.direct(), dialogs, i18n);
        vm = new ComplaintDetailViewModel(ctx, () -> { });
        channel = loket.reference().complaintChannels().stream().filter(c -> !c.needsReference()).findFirst()
                .orElseThrow();
        now = LocalDateTime.now(loket.clock());
    }

    @Override
    public String name() {
        return "complaint steps";
    }

    private Complaint complaint() {
        return loket.complaints().find(current).orElseThrow();
    }

    @Override
    public Filled fill(Random r) {
        if (current < 0 || complaint().state().next().isEmpty()) {
            current = loket.complaintService().register(new ComplaintDraft(now.minusDays(r.nextInt(20)),
                    channel.id(), null, true, null, ComplainantKind.MASYARAKAT, null, "", null, null,
                    "Aplikasi perizinan tidak dapat dibuka sejak pagi."), loket.actor()).id();
        }
        vm.load(current);
        before = vm.complaint().get();
        assertThat(before).as("complaint shown").isNotNull();
        Set<String> bad = new TreeSet<>();
        action = switch (before.state()) {
            case DITERIMA -> r.nextInt(4) == 0 ? Action.FORWARD : Action.VERIFY;
            case DIVERIFIKASI -> Action.FOLLOW_UP;
            default -> r.nextBoolean() ? Action.FOLLOW_UP : Action.CLOSE;
        };
        typedText = null;
        switch (action) {
            case VERIFY -> {
                verdict = r.nextInt(6) == 0 ? null
                        : pick(r, vm.verdicts().stream().filter(v -> !v.notOurs()).toList());
                if (verdict == null) {
                    bad.add(CATEGORY);
                }
                vm.verdict().set(verdict);
                vm.note().set(text(mark(bad, NOTE, Values.optionalText(r, MAX_NOTE))));
            }
            case FORWARD -> {
                vm.verdict().set(vm.verdicts().stream().filter(ComplaintDetailViewModel.Verdict::notOurs)
                        .findFirst().orElseThrow());
                typedText = text(mark(bad, FORWARD_TO, Values.requiredText(r, MAX_FORWARD_TO)));
                vm.forwardTo().set(typedText);
                vm.note().set(text(mark(bad, NOTE, Values.optionalText(r, MAX_NOTE))));
            }
            case FOLLOW_UP -> {
                typedText = text(mark(bad, ACTIONS, Values.requiredText(r, MAX_NOTE)));
                vm.actions().set(typedText);
            }
            case CLOSE -> {
                typedText = text(mark(bad, ANSWER, Values.requiredText(r, MAX_TEXT)));
                vm.answer().set(typedText);
                typedDelivery = mark(bad, DELIVERY, Values.required(r, DeliveryChannel.values()));
                vm.delivery().set(typedDelivery);
                LocalDate received = before.receivedAt().toLocalDate();
                typedOn = switch (r.nextInt(8)) {
                    case 0 -> { bad.add(DELIVERED_ON); yield null; }
                    case 1 -> { bad.add(DELIVERED_ON); yield now.toLocalDate().plusDays(1 + r.nextInt(400_000)); }
                    case 2 -> { bad.add(DELIVERED_ON); yield received.minusDays(1 + r.nextInt(700_000)); }
                    case 3 -> { bad.add(DELIVERED_ON); yield pick(r, List.of(LocalDate.MIN, LocalDate.MAX,
                            LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31))); }
                    default -> received.plusDays(r.nextInt((int) (now.toLocalDate().toEpochDay()
                            - received.toEpochDay()) + 1));
                };
                vm.deliveredOn().set(typedOn);
            }
        }
        return new Filled(bad, action + " complaint " + before.number() + " (" + before.state() + "): " + verdict
                + " / " + shorten(typedText) + " / " + typedDelivery + " / " + typedOn);
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    @Override
    public void submit() {
        switch (action) {
            case VERIFY, FORWARD -> vm.verify();
            case FOLLOW_UP -> vm.followUp();
            case CLOSE -> vm.close();
        }
    }

    @Override
    public Map<String, String> fieldMessages() {
        return vm.errors();
    }

    @Override
    public Set<String> shownFields() {
        return Set.of(CATEGORY, FORWARD_TO, NOTE, ACTIONS, ANSWER, DELIVERY, DELIVERED_ON);
    }

    @Override
    public Map<String, Object> state() {
        Map<String, Object> m = read("SELECT count(*) FROM complaint", "SELECT count(*) FROM complaint_history");
        if (current >= 0) {
            m.put("complaint", complaint().toString());
        }
        return m;
    }

    @Override
    public void checkSaved(Filled filled) {
        Complaint c = complaint();
        assertThat(c.version()).isGreaterThan(before.version());
        switch (action) {
            case VERIFY -> {
                assertThat(c.state()).isEqualTo(ComplaintState.DIVERIFIKASI);
                assertThat(c.categoryId()).isEqualTo(verdict.category().id());
            }
            case FORWARD -> {
                assertThat(c.state()).isEqualTo(ComplaintState.DITERUSKAN);
                assertThat(c.forwardedTo()).isEqualTo(typedText.strip());
            }
            case FOLLOW_UP -> {
                assertThat(c.state()).isEqualTo(ComplaintState.DITINDAKLANJUTI);
                assertThat(loket.complaints().history(current)).anyMatch(h -> typedText.strip().equals(h.note()));
            }
            case CLOSE -> {
                assertThat(c.state()).isEqualTo(ComplaintState.SELESAI);
                assertThat(c.answer()).isEqualTo(typedText.strip());
                assertThat(c.delivery()).isEqualTo(typedDelivery);
                assertThat(c.deliveredOn()).isEqualTo(typedOn);
            }
        }
        assertThat(vm.complaint().get().version()).as("the detail shows the saved step").isEqualTo(c.version());
    }
}
