package id.kalbarprov.loket.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import id.kalbarprov.loket.Loket;
import id.kalbarprov.loket.core.calendar.DueStatus;
import id.kalbarprov.loket.core.calendar.WorkingCalendar;
import id.kalbarprov.loket.core.catalog.Agency;
import id.kalbarprov.loket.core.catalog.ServiceStandard;
import id.kalbarprov.loket.core.complaints.ComplaintState;
import id.kalbarprov.loket.core.register.LetterDetail;
import id.kalbarprov.loket.core.register.LetterFilter;
import id.kalbarprov.loket.core.register.LetterRow;
import id.kalbarprov.loket.core.register.Page;
import id.kalbarprov.loket.core.request.RequestState;
import id.kalbarprov.loket.store.DemoData;
import id.kalbarprov.loket.ui.audit.AuditViewModel;
import id.kalbarprov.loket.ui.common.TaskRunner;
import id.kalbarprov.loket.ui.complaints.ComplaintListViewModel;
import id.kalbarprov.loket.ui.complaints.ComplaintsContext;
import id.kalbarprov.loket.ui.register.RegisterRow;
import id.kalbarprov.loket.ui.register.RegisterViewModel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * The search fields of Surat Masuk (text, service, agency, state, due, open only, from/to), the audit log
 * (what, who, from/to) and the complaint list (state, channel, category, text): any value is a
 * search, never an error; nothing is written; what is listed fits the filter.
 */
final class FiltersForm extends VmForm {

    private enum Screen { REGISTER, AUDIT, COMPLAINTS }

    /** Text that means something to SQL LIKE or to the full-text MATCH syntax. */
    private static final List<String> SEARCH_SYNTAX = List.of("%", "_", "50%", "a_b", "\"", "\"\"", "*", "abc*",
            "NEAR(abc def)", "abc AND def", "abc OR", "NOT abc", "^abc", "subject:abc", "(abc", "abc)", "'", "\\",
            "-abc", "+abc", "{abc}", "[abc]", "a\u0000b", "ab", "a", "\u0000\u0000\u0000", "🙏🏽🙏🏽🙏🏽");

    private final Loket loket;
    private final RegisterViewModel register;
    private final AuditViewModel audit;
    private final ComplaintListViewModel complaints;
    private final List<String> subjects;
    private Screen screen;
    private Map<String, Object> before;
    private LocalDate from;
    private LocalDate to;
    private RequestState state;
    private ComplaintState complaintState;
    private boolean openOnly;
    private String text;
    private String agenda;

    FiltersForm(Loket loket) {
        super(loket.database());
        this.loket = loket;
        DemoData.write(loket.database(), 150, 7, LocalDate.now(loket.clock()));
        register = new RegisterViewModel(new RegisterViewModel.Source() {
            @Override
            public Page<LetterRow> search(LetterFilter filter, int offset, int limit) {
                return loket.letters().search(filter, offset, limit);
            }

            @Override
            public id.kalbarprov.loket.core.register.Total count(LetterFilter filter) {
                return loket.letters().count(filter);
            }

            @Override
            public Optional<LetterDetail> detail(long id) {
                return loket.letters().detail(id);
            }

            @Override
            public List<ServiceStandard> services() {
                return loket.reference().services();
            }

            @Override
            public List<Agency> agencies() {
                return loket.reference().agencies();
            }

            @Override
            public WorkingCalendar calendar() {
                return loket.calendar();
            }
        }, TaskRunner.direct(), loket.clock(), dialogs::unexpected);
        register.load();
        audit = new AuditViewModel(loket.audit(), loket::actor, TaskRunner.direct(), dialogs::unexpected, i18n);
        audit.load();
        complaints = new ComplaintListViewModel(new ComplaintsContext(loket.complaints(), loket.complaintService(),
                loket.reference(), loket.letters(), loket::actor, loket::calendar, loket.clock(), TaskRunner.direct(),
                dialogs, i18n));
        complaints.load();
        subjects = register.rows().stream().map(r -> r.letter().subject()).toList();
        assertThat(subjects).as("demo letters").isNotEmpty();
    }

    @Override
    public String name() {
        return "search filters";
    }

    private LocalDate date(Random r) {
        LocalDate today = LocalDate.now(loket.clock());
        return switch (r.nextInt(8)) {
            case 0, 1 -> null;
            case 2 -> pick(r, List.of(LocalDate.MIN, LocalDate.MAX, LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31),
                    LocalDate.of(20266, 11, 23), LocalDate.of(-5, 1, 1), LocalDate.of(10000, 1, 1)));
            default -> today.minusDays(r.nextInt(400) - 20);
        };
    }

    private String text(Random r) {
        return switch (r.nextInt(5)) {
            case 0 -> pick(r, SEARCH_SYNTAX);
            case 1 -> {
                String[] words = pick(r, subjects).split(" ");
                yield String.join(" ", Arrays.asList(words).subList(0, 1 + r.nextInt(words.length)));
            }
            case 2 -> agenda = register.rows().isEmpty() ? "0001" : pick(r, register.rows()).letter().agendaNumber();
            default -> String.valueOf(Values.optionalText(r, 200).value());
        };
    }

    @Override
    public Filled fill(Random r) {
        screen = pick(r, List.of(Screen.values()));
        agenda = null;
        from = date(r);
        to = date(r);
        text = text(r);
        switch (screen) {
            case REGISTER -> {
                register.text().set(text);
                register.service().set(r.nextBoolean() ? null : pick(r, register.services()));
                register.agency().set(r.nextBoolean() ? null : pick(r, register.agencies()));
                state = r.nextBoolean() ? null : pick(r, Arrays.asList(RequestState.values()));
                register.state().set(state);
                register.due().set(r.nextInt(3) > 0 ? null : pick(r, Arrays.asList(DueStatus.values())));
                openOnly = r.nextInt(4) == 0;
                register.openOnly().set(openOnly);
                register.from().set(from);
                register.to().set(to);
            }
            case AUDIT -> {
                audit.entity().set(r.nextInt(3) == 0 ? text : pick(r, audit.entities()));
                audit.actorFilter().set(r.nextBoolean() ? "" : text);
                audit.from().set(from);
                audit.to().set(to);
            }
            case COMPLAINTS -> {
                complaintState = r.nextBoolean() ? null : pick(r, Arrays.asList(ComplaintState.values()));
                complaints.state().set(complaintState);
                complaints.channel().set(r.nextBoolean() ? null : pick(r, complaints.channels()));
                complaints.category().set(r.nextBoolean() ? null : pick(r, complaints.categories()));
                complaints.text().set(text);
            }
        }
        return new Filled(Set.of(), screen + ": " + shorten(text) + " / " + from + " – " + to + " / " + state);
    }

    @Override
    public void submit() {
        before = state();
        switch (screen) {
            case REGISTER -> register.reload();
            case AUDIT -> audit.search();
            case COMPLAINTS -> complaints.load();
        }
    }

    @Override
    public Map<String, String> fieldMessages() {
        return Map.of();
    }

    @Override
    public Set<String> shownFields() {
        return Set.of();
    }

    @Override
    public Map<String, Object> state() {
        return read("SELECT count(*) FROM letter", "SELECT count(*) FROM complaint");
    }

    private boolean within(LocalDate day) {
        return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }

    @Override
    public void checkSaved(Filled filled) {
        assertThat(state()).as("a search writes nothing").isEqualTo(before);
        switch (screen) {
            case REGISTER -> {
                List<RegisterRow> rows = new ArrayList<>(register.rows());
                assertThat(register.loading().get()).isFalse();
                assertThat(rows.size()).isLessThanOrEqualTo(register.total().get());
                assertThat(rows).allSatisfy(row -> {
                    assertThat(within(row.letter().receivedAt().toLocalDate())).as("received in range").isTrue();
                    if (state != null) {
                        assertThat(row.letter().state()).isEqualTo(state);
                    }
                    if (openOnly) {
                        assertThat(row.letter().state()).isNotIn(RequestState.SELESAI, RequestState.DITOLAK);
                    }
                });
                if (agenda != null && register.service().get() == null && register.agency().get() == null
                        && state == null && register.due().get() == null && !openOnly && from == null && to == null) {
                    assertThat(rows).as("the letter searched by its agenda number").isNotEmpty();
                }
            }
            case AUDIT -> {
                assertThat(audit.pageText().get()).isNotBlank();
                assertThat(audit.rows()).allSatisfy(row -> assertThat(row.at()).isNotBlank());
            }
            case COMPLAINTS -> assertThat(complaints.rows()).allSatisfy(row -> {
                if (complaintState != null) {
                    assertThat(row.state()).isEqualTo(complaintState);
                }
            });
        }
    }
}
