package id.kalbarprov.loket.ui.survey;

import id.kalbarprov.loket.core.auth.Actor;
import id.kalbarprov.loket.core.catalog.ServiceStandard;
import id.kalbarprov.loket.core.validation.ConcurrentChangeException;
import id.kalbarprov.loket.core.survey.Profile;
import id.kalbarprov.loket.core.survey.SurveyDraft;
import id.kalbarprov.loket.core.survey.SurveyElement;
import id.kalbarprov.loket.core.survey.SurveyResponse;
import id.kalbarprov.loket.core.survey.SurveyService;
import id.kalbarprov.loket.core.survey.SurveySource;
import id.kalbarprov.loket.core.validation.ValidationException;
import id.kalbarprov.loket.core.validation.Violation;
import id.kalbarprov.loket.ui.common.DialogService;
import id.kalbarprov.loket.ui.common.I18n;
import id.kalbarprov.loket.ui.common.Refusal;
import id.kalbarprov.loket.ui.common.TaskRunner;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * Typing paper questionnaires at speed: keys 1–4 answer the highlighted element and move to the next,
 * Backspace goes back, Enter saves and starts the next questionnaire with the same date and service
 * (a pile of forms is usually of one day and one service). The profile and the agenda number are
 * optional. The questionnaires entered today are listed, newest first, and a mistyped one can be
 * removed.
 */
public final class SurveyEntryViewModel {

    static final int TODAY_LIMIT = 200;

    private final SurveyService surveys;
    private final Supplier<List<ServiceStandard>> services;
    private final Supplier<Actor> actor;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final I18n i18n;
    private final Clock clock;
    private final ObjectProperty<LocalDate> answeredOn = new SimpleObjectProperty<>();
    private final ObjectProperty<ServiceStandard> service = new SimpleObjectProperty<>();
    private final StringProperty agenda = new SimpleStringProperty("");
    private final IntegerProperty[] answers = new IntegerProperty[SurveyElement.COUNT];
    private final IntegerProperty current = new SimpleIntegerProperty(0);
    private final ObjectProperty<Profile.Sex> sex = new SimpleObjectProperty<>();
    private final ObjectProperty<Profile.AgeBand> age = new SimpleObjectProperty<>();
    private final ObjectProperty<Profile.Education> education = new SimpleObjectProperty<>();
    private final ObjectProperty<Profile.Occupation> occupation = new SimpleObjectProperty<>();
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private final StringProperty status = new SimpleStringProperty("");
    private final ObservableList<ServiceStandard> serviceList = FXCollections.observableArrayList();
    private final ObservableList<SurveyResponse> today = FXCollections.observableArrayList();
    private final BooleanBinding complete;

    public SurveyEntryViewModel(SurveyService surveys, Supplier<List<ServiceStandard>> services, Supplier<Actor> actor,
                                TaskRunner runner, DialogService dialogs, I18n i18n, Clock clock) {
        this.surveys = surveys;
        this.services = services;
        this.actor = actor;
        this.runner = runner;
        this.dialogs = dialogs;
        this.i18n = i18n;
        this.clock = clock;
        for (int i = 0; i < answers.length; i++) {
            answers[i] = new SimpleIntegerProperty(0);
        }
        complete = Bindings.createBooleanBinding(() -> {
            for (IntegerProperty a : answers) {
                if (a.get() == 0) {
                    return false;
                }
            }
            return true;
        }, answers);
        answeredOn.set(LocalDate.now(clock));
    }

    /** Loads the services and today's questionnaires. */
    public void load() {
        runner.run(() -> new Object[]{services.get(), surveys.enteredToday(TODAY_LIMIT)}, r -> {
            @SuppressWarnings("unchecked")
            List<ServiceStandard> s = (List<ServiceStandard>) r[0];
            ServiceStandard chosen = service.get();
            serviceList.setAll(s);
            if (chosen != null) {
                service.set(s.stream().filter(x -> x.id() == chosen.id()).findFirst().orElse(null));
            }
            @SuppressWarnings("unchecked")
            List<SurveyResponse> t = (List<SurveyResponse>) r[1];
            today.setAll(t);
        }, dialogs::unexpected);
    }

    /** Key 1–4: answers the current element and moves to the next. */
    public void answer(int value) {
        if (value < SurveyElement.MIN || value > SurveyElement.MAX) {
            return;
        }
        answers[current.get()].set(value);
        errors.remove(SurveyElement.values()[current.get()].column());
        if (current.get() < SurveyElement.COUNT - 1) {
            current.set(current.get() + 1);
        }
    }

    /** Answers element {@code e} directly (a click) and makes it current. */
    public void answer(SurveyElement e, int value) {
        current.set(e.ordinal());
        answer(value);
    }

    /** Backspace: clears the current answer, or goes back to the previous element and clears that. */
    public void back() {
        int c = current.get();
        if (answers[c].get() == 0 && c > 0) {
            c--;
            current.set(c);
        }
        answers[c].set(0);
    }

    public void move(int delta) {
        current.set(Math.max(0, Math.min(SurveyElement.COUNT - 1, current.get() + delta)));
    }

    /** Saves the questionnaire; the next one keeps the date and the service. */
    public void save() {
        int[] a = new int[SurveyElement.COUNT];
        for (int i = 0; i < a.length; i++) {
            a[i] = answers[i].get();
        }
        SurveyDraft d = new SurveyDraft(answeredOn.get(), service.get() == null ? null : service.get().id(), a,
                new Profile(sex.get(), age.get(), education.get(), occupation.get()), agenda.get(), SurveySource.KETIK);
        errors.clear();
        Actor who = actor.get();
        runner.run(() -> {
            surveys.enter(d, who);
            return surveys.enteredToday(TODAY_LIMIT);
        }, list -> {
            today.setAll(list);
            status.set(i18n.t("survey.entry.saved", list.size()));
            clear();
        }, e -> {
            if (e instanceof ValidationException v) {
                for (Violation x : v.violations()) {
                    errors.putIfAbsent(x.field(), i18n.t(x.key(), x.args().toArray()));
                }
                status.set(i18n.t("survey.entry.notSaved"));
                firstMissing().ifPresent(current::set);
            } else {
                status.set("");
                Refusal.orUnexpected(i18n, dialogs, "survey.entry.refused").accept(e);
            }
        });
    }

    private java.util.Optional<Integer> firstMissing() {
        for (int i = 0; i < answers.length; i++) {
            if (answers[i].get() == 0) {
                return java.util.Optional.of(i);
            }
        }
        return java.util.Optional.empty();
    }

    /** Esc: a fresh questionnaire (date and service stay). */
    public void clear() {
        for (IntegerProperty a : answers) {
            a.set(0);
        }
        current.set(0);
        agenda.set("");
        sex.set(null);
        age.set(null);
        education.set(null);
        occupation.set(null);
        errors.clear();
    }

    /** Removes a mistyped questionnaire after asking. */
    public void remove(SurveyResponse r) {
        if (r == null || !dialogs.confirm(i18n.t("survey.entry.removeTitle"), i18n.t("survey.entry.removeQuestion",
                r.id()))) {
            return;
        }
        Actor who = actor.get();
        runner.run(() -> {
            surveys.remove(r.id(), r.version(), who);
            return surveys.enteredToday(TODAY_LIMIT);
        }, today::setAll, e -> {
            if (e instanceof ConcurrentChangeException) {
                dialogs.error(i18n.t("survey.entry.removeTitle"), i18n.t("survey.entry.changed"));
                load();
            } else {
                Refusal.orUnexpected(i18n, dialogs, "survey.entry.refused").accept(e);
            }
        });
    }

    public ObjectProperty<LocalDate> answeredOn() {
        return answeredOn;
    }

    public ObjectProperty<ServiceStandard> service() {
        return service;
    }

    public StringProperty agenda() {
        return agenda;
    }

    public IntegerProperty answer(SurveyElement e) {
        return answers[e.ordinal()];
    }

    public IntegerProperty current() {
        return current;
    }

    public ObjectProperty<Profile.Sex> sex() {
        return sex;
    }

    public ObjectProperty<Profile.AgeBand> age() {
        return age;
    }

    public ObjectProperty<Profile.Education> education() {
        return education;
    }

    public ObjectProperty<Profile.Occupation> occupation() {
        return occupation;
    }

    public ObservableMap<String, String> errors() {
        return errors;
    }

    public StringProperty status() {
        return status;
    }

    public ObservableList<ServiceStandard> services() {
        return serviceList;
    }

    public ObservableList<SurveyResponse> today() {
        return today;
    }

    public BooleanBinding complete() {
        return complete;
    }

    public Clock clock() {
        return clock;
    }
}
