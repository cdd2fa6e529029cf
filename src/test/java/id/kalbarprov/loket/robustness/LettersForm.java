package id.kalbarprov.loket.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import id.kalbarprov.loket.Loket;
import id.kalbarprov.loket.core.letters.Delivery;
import id.kalbarprov.loket.core.letters.IssuedLetter;
import id.kalbarprov.loket.core.letters.OutgoingLetterService;
import id.kalbarprov.loket.core.letters.Paper;
import id.kalbarprov.loket.core.request.RequestState;
import id.kalbarprov.loket.documents.LetterPdf;
import id.kalbarprov.loket.store.LetterFixtures;
import id.kalbarprov.loket.ui.common.TaskRunner;
import id.kalbarprov.loket.ui.letters.LettersViewModel;
import id.kalbarprov.loket.ui.letters.Printing;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * Surat Konfirmasi → an issued letter: recording its delivery (how, the date, who received it) and
 * cancelling its number with a reason, through {@link LettersViewModel}. A cancelled letter is
 * replaced by a newly issued one.
 */
final class LettersForm extends VmForm {

    private enum Action { DELIVERY, CANCEL }

    private static final int MAX_RECEIVER = 120;
    private static final int MAX_REASON = 500;

    private final OutgoingLetterService store;
    private final LettersViewModel vm;
    private final LocalDate today;
    private IssuedLetter current;
    private int serial = 7_000;
    private Action action;
    private Delivery typedHow;
    private LocalDate typedOn;
    private String typedText;

    LettersForm(Loket loket) {
        super(loket.database());
        store = loket.outgoing();
        store.saveSettings(loket.actor(), LetterFixtures.form(LetterFixtures.SIGNER));
        vm = new LettersViewModel(store, new LetterPdf(), new Printing() {
            @Override
            public List<String> printers() {
                return List.of();
            }

            @Override
            public void print(byte[] pdf, String printer, Paper paper, int copies) {
                throw new AssertionError("nothing is printed here");
            }
        }, loket::actor, loket.clock(), TaskRunner.direct(), dialogs, i18n);
        today = LocalDate.now(loket.clock());
    }

    @Override
    public String name() {
        return "letter delivery and cancel";
    }

    @Override
    public Filled fill(Random r) {
        if (current == null || current.cancelled()) {
            long letter = LetterFixtures.request(db, RequestState.SIAP_SURAT, ++serial);
            current = store.issue(LetterFixtures.KABID, letter, 3);
            vm.load();
            vm.selectIssued(vm.issued().stream().filter(i -> i.id() == current.id()).findFirst().orElseThrow());
        }
        Set<String> bad = new TreeSet<>();
        action = r.nextInt(8) == 0 ? Action.CANCEL : Action.DELIVERY;
        if (action == Action.CANCEL) {
            typedText = text(mark(bad, "reason", Values.requiredText(r, MAX_REASON)));
            vm.cancelReason().set(typedText);
            return new Filled(bad, "cancel " + current.number() + ": " + shorten(typedText));
        }
        typedHow = pick(r, Arrays.asList(Delivery.values())); // a choice box: always one of them
        typedOn = switch (r.nextInt(8)) {
            case 0 -> { bad.add("deliveredOn"); yield null; }
            case 1 -> { bad.add("deliveredOn"); yield today.plusDays(1 + r.nextInt(400_000)); }
            case 2 -> { bad.add("deliveredOn"); yield current.letterDate().minusDays(1 + r.nextInt(700_000)); }
            case 3 -> { bad.add("deliveredOn"); yield pick(r, List.of(LocalDate.MIN, LocalDate.MAX, LocalDate.of(1, 1, 1))); }
            default -> current.letterDate().plusDays(r.nextInt((int) (today.toEpochDay()
                    - current.letterDate().toEpochDay()) + 1));
        };
        typedText = text(mark(bad, "receiver", Values.requiredText(r, MAX_RECEIVER)));
        vm.delivery().set(typedHow);
        vm.deliveredOn().set(typedOn);
        vm.receiver().set(typedText);
        return new Filled(bad, "delivery of " + current.number() + ": " + typedHow + " / " + typedOn + " / "
                + shorten(typedText));
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    @Override
    public void submit() {
        if (action == Action.CANCEL) {
            vm.cancel();
        } else {
            vm.recordDelivery();
        }
    }

    @Override
    public Map<String, String> fieldMessages() {
        return vm.errors();
    }

    @Override
    public Set<String> shownFields() {
        return Set.of("deliveredOn", "receiver", "reason");
    }

    @Override
    public Map<String, Object> state() {
        Map<String, Object> m = read("SELECT count(*) FROM outgoing_letter");
        if (current != null) {
            m.put("letter", store.find(current.id()).orElseThrow().toString());
        }
        return m;
    }

    @Override
    public void checkSaved(Filled filled) {
        IssuedLetter after = store.find(current.id()).orElseThrow();
        if (action == Action.CANCEL) {
            assertThat(after.cancelled()).isTrue();
            assertThat(after.cancelReason()).isEqualTo(typedText.strip());
            assertThat(dialogs.shown).anyMatch(d -> d.startsWith("confirm:"));
        } else {
            assertThat(after.delivery()).isEqualTo(typedHow);
            assertThat(after.deliveredOn()).isEqualTo(typedOn);
            assertThat(after.receiver()).isEqualTo(typedText.strip());
        }
        current = after;
        assertThat(vm.status().get()).isNotBlank();
    }
}
