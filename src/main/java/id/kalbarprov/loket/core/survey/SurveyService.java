package id.kalbarprov.loket.core.survey;

import id.kalbarprov.loket.core.auth.Actor;
import id.kalbarprov.loket.core.auth.Permission;
import id.kalbarprov.loket.core.validation.Checks;
import id.kalbarprov.loket.core.validation.ConcurrentChangeException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Entering questionnaires (typed from paper, answered at the kiosk, imported from a file) and the
 * index over a period. Entering needs {@link Permission#ENTER_SURVEY}; each questionnaire is checked
 * whole before anything is written.
 */
public final class SurveyService {

    /** Field ids of the entry form (the screens map them to their controls); answers are u1..u9. */
    public static final String DATE = "answeredOn";
    public static final String SERVICE = "service";
    public static final String LETTER = "letter";

    /** Message keys (survey bundle). */
    public static final String FUTURE = "survey.validation.future";
    public static final String TOO_OLD = "survey.validation.tooOld";
    public static final String ANSWER = "survey.validation.answer";
    public static final String UNKNOWN_LETTER = "survey.validation.unknownLetter";
    public static final String OTHER_SERVICE = "survey.validation.otherService";
    public static final String UNKNOWN_SERVICE = "survey.validation.unknownService";

    private final SurveyStorePort store;
    private final Clock clock;

    public SurveyService(SurveyStorePort store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Stores one questionnaire; returns its id. @throws id.kalbarprov.loket.core.validation.ValidationException */
    public long enter(SurveyDraft draft, Actor actor) {
        actor.require(Permission.ENTER_SURVEY);
        SurveyStorePort.NewResponse r = check(draft);
        return store.insert(r, actor.label(), now());
    }

    /** Corrects a typed questionnaire (its source stays). */
    public void correct(long id, int version, SurveyDraft draft, Actor actor) {
        actor.require(Permission.ENTER_SURVEY);
        SurveyResponse old = store.find(id).orElseThrow(() -> new ConcurrentChangeException("survey_response", id));
        SurveyStorePort.NewResponse r = check(draft);
        store.update(id, version, new SurveyStorePort.NewResponse(r.answeredOn(), r.serviceId(), r.answers(),
                r.profile(), r.letterId(), old.source()), actor.label(), now());
    }

    /** Removes a questionnaire typed by mistake (the audit log keeps it). */
    public void remove(long id, int version, Actor actor) {
        actor.require(Permission.ENTER_SURVEY);
        store.delete(id, version, actor.label(), now());
    }

    /**
     * Imports a CSV file (see {@link SurveyCsv}): every row or none.
     *
     * @throws SurveyImportException naming every bad line; nothing was stored
     */
    public int importCsv(String content, Actor actor) {
        actor.require(Permission.ENTER_SURVEY);
        SurveyCsv.Result parsed = SurveyCsv.parse(content, store.serviceIds(), today());
        if (!parsed.ok()) {
            throw new SurveyImportException(parsed.problems());
        }
        List<SurveyStorePort.NewResponse> rows = parsed.rows().stream()
                .map(r -> new SurveyStorePort.NewResponse(r.answeredOn(), r.serviceId(), r.answers(), Profile.NONE,
                        null, SurveySource.IMPOR))
                .toList();
        return store.insertAll(rows, actor.label(), now());
    }

    /** The questionnaires entered today, newest first (the entry screen's list). */
    public List<SurveyResponse> enteredToday(int limit) {
        return store.enteredOn(today(), limit);
    }

    /** The index over [from, to] for one service, or for all when {@code serviceId} is null. */
    public Ikm index(LocalDate from, LocalDate to, Long serviceId) {
        Ikm all = Ikm.NONE;
        for (var e : store.sums(from, to).entrySet()) {
            if (serviceId == null || serviceId.equals(e.getKey())) {
                all = all.plus(e.getValue());
            }
        }
        return all;
    }

    /**
     * The index over [from, to] with its respondents against the Krejcie–Morgan sample for the requests
     * received then; {@code name} labels the line.
     */
    public IkmLine indexLine(LocalDate from, LocalDate to, Long serviceId, String name) {
        return new IkmLine(serviceId, name, index(from, to, serviceId), store.requestsReceived(from, to, serviceId));
    }

    /** Checks every field; the letter, when given by agenda number, must exist and be for the same service. */
    SurveyStorePort.NewResponse check(SurveyDraft d) {
        Checks c = new Checks();
        LocalDate today = today();
        c.required(DATE, d.answeredOn());
        if (d.answeredOn() != null && d.answeredOn().isAfter(today)) {
            c.add(DATE, FUTURE);
        } else if (d.answeredOn() != null && d.answeredOn().isBefore(SurveyCsv.EARLIEST)) {
            c.add(DATE, TOO_OLD, SurveyCsv.EARLIEST.getYear());
        }
        int[] answers = d.answers();
        for (SurveyElement e : SurveyElement.values()) {
            if (!Answers.valid(answers[e.ordinal()])) {
                c.add(e.column(), ANSWER);
            }
        }
        Optional<SurveyStorePort.LetterRef> letter = Optional.empty();
        String agenda = d.letterAgenda() == null ? "" : d.letterAgenda().strip();
        if (!agenda.isEmpty()) {
            letter = store.letterByAgenda(agenda);
            if (letter.isEmpty()) {
                c.add(LETTER, UNKNOWN_LETTER, agenda);
            }
        }
        Long service = d.serviceId() != null ? d.serviceId() : letter.map(SurveyStorePort.LetterRef::serviceId).orElse(null);
        c.required(SERVICE, service);
        if (service != null && !store.serviceIds().containsValue(service)) {
            c.add(SERVICE, UNKNOWN_SERVICE);
        }
        if (service != null && letter.isPresent() && letter.get().serviceId() != service) {
            c.add(LETTER, OTHER_SERVICE, letter.get().agendaNumber());
        }
        c.throwIfAny();
        return new SurveyStorePort.NewResponse(d.answeredOn(), service, Answers.of(answers), d.profile(),
                letter.map(SurveyStorePort.LetterRef::id).orElse(null), d.source());
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).withNano(0);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
