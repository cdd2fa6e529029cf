package id.kalbarprov.loket.ui.survey;

import id.kalbarprov.loket.core.auth.Actor;
import id.kalbarprov.loket.core.auth.OperatorService;
import id.kalbarprov.loket.core.auth.SignInException;
import id.kalbarprov.loket.core.catalog.ServiceStandard;
import id.kalbarprov.loket.core.survey.Profile;
import id.kalbarprov.loket.core.survey.SurveyDraft;
import id.kalbarprov.loket.core.survey.SurveyElement;
import id.kalbarprov.loket.core.survey.SurveyService;
import id.kalbarprov.loket.core.survey.SurveySource;
import id.kalbarprov.loket.ui.common.I18n;
import id.kalbarprov.loket.ui.common.TaskRunner;
import id.kalbarprov.loket.ui.signin.SignInViewModel;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kiosk: a visitor answers the questionnaire alone — the service, the nine elements one at a time,
 * an optional profile — and the screen thanks them and starts over. The questionnaire is stored on
 * behalf of the operator who started the kiosk (source KIOS). Only an operator's username and password
 * (checked like a sign-in, lockout included) close it.
 */
public final class KioskViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(KioskViewModel.class);

    /** Where the visitor is. */
    public enum Step {
        SERVICE, QUESTION, PROFILE, THANKS
    }

    private final SurveyService surveys;
    private final OperatorService operators;
    private final Supplier<List<ServiceStandard>> services;
    private final Actor operator;
    private final TaskRunner runner;
    private final I18n i18n;
    private final Clock clock;
    private final ObjectProperty<Step> step = new SimpleObjectProperty<>(Step.SERVICE);
    private final IntegerProperty question = new SimpleIntegerProperty(0);
    private final int[] answers = new int[SurveyElement.COUNT];
    private final ObjectProperty<ServiceStandard> service = new SimpleObjectProperty<>();
    private final ObjectProperty<Profile.Sex> sex = new SimpleObjectProperty<>();
    private final ObjectProperty<Profile.AgeBand> age = new SimpleObjectProperty<>();
    private final ObjectProperty<Profile.Education> education = new SimpleObjectProperty<>();
    private final ObjectProperty<Profile.Occupation> occupation = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");
    private final ObservableList<ServiceStandard> serviceList = FXCollections.observableArrayList();
    private final BooleanProperty exitAsked = new SimpleBooleanProperty();
    private final StringProperty username = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty exitMessage = new SimpleStringProperty("");
    private final BooleanProperty closed = new SimpleBooleanProperty();
    private int saved;

    public KioskViewModel(SurveyService surveys, OperatorService operators, Supplier<List<ServiceStandard>> services,
                          Actor operator, TaskRunner runner, I18n i18n, Clock clock) {
        this.surveys = surveys;
        this.operators = operators;
        this.services = services;
        this.operator = operator;
        this.runner = runner;
        this.i18n = i18n;
        this.clock = clock;
        username.set(operator.username());
    }

    public void load() {
        runner.run(services::get, serviceList::setAll, e -> LOG.error("Kiosk: services not loaded", e));
    }

    public void chooseService(ServiceStandard s) {
        service.set(s);
        question.set(0);
        message.set("");
        step.set(Step.QUESTION);
    }

    /** The answer to the current question; after the ninth, the profile. */
    public void answer(int value) {
        if (step.get() != Step.QUESTION || value < SurveyElement.MIN || value > SurveyElement.MAX) {
            return;
        }
        answers[question.get()] = value;
        if (question.get() < SurveyElement.COUNT - 1) {
            question.set(question.get() + 1);
        } else {
            step.set(Step.PROFILE);
        }
    }

    /** One step back (to the previous question, or to the choice of service). */
    public void back() {
        switch (step.get()) {
            case QUESTION -> {
                if (question.get() == 0) {
                    step.set(Step.SERVICE);
                } else {
                    question.set(question.get() - 1);
                }
            }
            case PROFILE -> step.set(Step.QUESTION);
            default -> {
            }
        }
    }

    /** Sends the questionnaire (with whatever of the profile was chosen). */
    public void submit() {
        if (step.get() != Step.PROFILE || service.get() == null) {
            return;
        }
        SurveyDraft d = new SurveyDraft(LocalDate.now(clock), service.get().id(), answers.clone(),
                new Profile(sex.get(), age.get(), education.get(), occupation.get()), null, SurveySource.KIOS);
        runner.run(() -> surveys.enter(d, operator), id -> {
            saved++;
            message.set("");
            step.set(Step.THANKS);
        }, e -> {
            LOG.error("Kiosk: questionnaire not stored", e);
            message.set(i18n.t("survey.kiosk.failed"));
        });
    }

    /** After the thanks: a fresh questionnaire for the next visitor. */
    public void restart() {
        java.util.Arrays.fill(answers, 0);
        service.set(null);
        sex.set(null);
        age.set(null);
        education.set(null);
        occupation.set(null);
        question.set(0);
        message.set("");
        step.set(Step.SERVICE);
    }

    public void askExit() {
        exitMessage.set("");
        password.set("");
        exitAsked.set(true);
    }

    public void cancelExit() {
        password.set("");
        exitMessage.set("");
        exitAsked.set(false);
    }

    /** Closes the kiosk when an active operator's username and password match. */
    public void exit() {
        String user = username.get();
        String pw = password.get();
        password.set("");
        runner.run(() -> operators.signIn(user, pw), s -> {
            exitAsked.set(false);
            closed.set(true);
        }, e -> {
            if (e instanceof SignInException s) {
                exitMessage.set(SignInViewModel.signInMessage(i18n, s));
            } else {
                LOG.error("Kiosk: exit check failed", e);
                exitMessage.set(i18n.t("error.unexpected.message"));
            }
        });
    }

    /** The answer already given to question {@code i} (0 when none), so going back shows it. */
    public int answerOf(int i) {
        return answers[i];
    }

    public int saved() {
        return saved;
    }

    public ObjectProperty<Step> step() {
        return step;
    }

    public IntegerProperty question() {
        return question;
    }

    public ObjectProperty<ServiceStandard> service() {
        return service;
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

    public StringProperty message() {
        return message;
    }

    public ObservableList<ServiceStandard> services() {
        return serviceList;
    }

    public BooleanProperty exitAsked() {
        return exitAsked;
    }

    public StringProperty username() {
        return username;
    }

    public StringProperty password() {
        return password;
    }

    public StringProperty exitMessage() {
        return exitMessage;
    }

    public BooleanProperty closed() {
        return closed;
    }
}
