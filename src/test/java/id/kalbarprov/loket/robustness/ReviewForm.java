package id.kalbarprov.loket.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import id.kalbarprov.loket.Loket;
import id.kalbarprov.loket.core.register.RequestDetail;
import id.kalbarprov.loket.core.request.RequestState;
import id.kalbarprov.loket.core.request.RequestWorkflow;
import id.kalbarprov.loket.store.LetterFixtures;
import id.kalbarprov.loket.ui.common.TaskRunner;
import id.kalbarprov.loket.ui.review.ReviewViewModel;
import id.kalbarprov.loket.ui.review.WorkflowServices;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * Kajian: the decision on a request under review (forward to a processor, return to the agency
 * with the reason and what is missing, refuse with a reason), through {@link ReviewViewModel}.
 * Each accepted decision moves the request on, so the next attempt takes a new one under review.
 */
final class ReviewForm extends VmForm {

    private enum Action { FORWARD, RETURN, REFUSE }

    private static final int MAX_PROCESSOR = 64;

    private final Loket loket;
    private final ReviewViewModel vm;
    private long current = -1;
    private int serial = 9_000;
    private Action action;
    private String typedProcessor;
    private String typedReason;
    private String typedMissing;

    ReviewForm(Loket loket) {
        super(loket.database());
        this.loket = loket;
        vm = new ReviewViewModel(new WorkflowServices(loket.workflow(), loket.requests(), loket::actor,
                loket.clock()), TaskRunner.direct(), dialogs, i18n);
        vm.load();
    }

    @Override
    public String name() {
        return "review decisions";
    }

    private RequestDetail detail() {
        return loket.requests().detail(current, loket.clock().instant().atZone(loket.clock().getZone())
                .toLocalDate()).orElseThrow();
    }

    @Override
    public Filled fill(Random r) {
        if (current < 0 || detail().item().row().state() != RequestState.DIKAJI) {
            current = LetterFixtures.request(db, RequestState.DIKAJI, ++serial);
        }
        vm.select(current);
        assertThat(vm.detail().get()).as("request shown").isNotNull();
        Set<String> bad = new TreeSet<>();
        action = pick(r, List.of(Action.values()));
        switch (action) {
            case FORWARD -> {
                typedProcessor = switch (r.nextInt(6)) {
                    case 0 -> { bad.add(RequestWorkflow.PROCESSOR); yield pick(r, List.of("", " ", "\t")); }
                    case 1 -> { bad.add(RequestWorkflow.PROCESSOR); yield "x".repeat(MAX_PROCESSOR + 1 + r.nextInt(99)); }
                    case 2 -> mark(bad, RequestWorkflow.PROCESSOR, Values.optionalText(r, MAX_PROCESSOR)) + "";
                    default -> pick(r, List.of("budi", " andi.pelaksana ", "rina"));
                };
                if (typedProcessor.isBlank() || typedProcessor.strip().length() > MAX_PROCESSOR) {
                    bad.add(RequestWorkflow.PROCESSOR);
                }
                vm.processor().set(typedProcessor);
            }
            case RETURN -> {
                typedReason = text(mark(bad, RequestWorkflow.REASON, Values.requiredText(r, RequestWorkflow.MAX_TEXT)));
                typedMissing = text(mark(bad, RequestWorkflow.MISSING_ITEMS,
                        Values.requiredText(r, RequestWorkflow.MAX_TEXT)));
                vm.reason().set(typedReason);
                vm.missingItems().set(typedMissing);
            }
            case REFUSE -> {
                // The refusal has its own reason field; the core's REASON shows under it.
                typedReason = text(mark(bad, ReviewViewModel.REFUSE_REASON,
                        Values.requiredText(r, RequestWorkflow.MAX_TEXT)));
                vm.refuseReason().set(typedReason);
            }
        }
        return new Filled(bad, action + " request " + current + ": processor " + shorten(typedProcessor) + " / reason "
                + shorten(typedReason) + " / missing " + shorten(typedMissing));
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    @Override
    public void submit() {
        switch (action) {
            case FORWARD -> vm.forward();
            case RETURN -> vm.returnToAgency();
            case REFUSE -> vm.refuse();
        }
    }

    @Override
    public Map<String, String> fieldMessages() {
        return vm.errors();
    }

    @Override
    public Set<String> shownFields() {
        return Set.of(RequestWorkflow.PROCESSOR, RequestWorkflow.REASON, RequestWorkflow.MISSING_ITEMS,
                ReviewViewModel.REFUSE_REASON);
    }

    @Override
    public Map<String, Object> state() {
        Map<String, Object> m = read("SELECT count(*) FROM letter", "SELECT count(*) FROM request_history");
        if (current >= 0) {
            m.put("request", db.jdbi().withHandle(h -> h.createQuery(
                    "SELECT state || version || coalesce(processor, '') || length(coalesce(decision_reason, ''))"
                            + " FROM letter WHERE id = ?").bind(0, current).mapTo(String.class).one()));
        }
        return m;
    }

    @Override
    public void checkSaved(Filled filled) {
        RequestDetail d = detail();
        switch (action) {
            case FORWARD -> {
                assertThat(d.item().row().state()).isEqualTo(RequestState.DIPROSES);
                assertThat(d.item().processor()).isEqualTo(typedProcessor.strip());
            }
            case RETURN -> {
                assertThat(d.item().row().state()).isEqualTo(RequestState.DIKEMBALIKAN);
                assertThat(d.decisionReason()).isEqualTo(typedReason.strip());
                assertThat(d.missingItems()).isEqualTo(typedMissing.strip());
            }
            case REFUSE -> {
                assertThat(d.item().row().state()).isEqualTo(RequestState.DITOLAK);
                assertThat(d.decisionReason()).isEqualTo(typedReason.strip());
            }
        }
        assertThat(vm.notice().get()).isNotBlank();
    }
}
