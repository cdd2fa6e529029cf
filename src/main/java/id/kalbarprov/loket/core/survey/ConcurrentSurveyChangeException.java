package id.kalbarprov.loket.core.survey;

/** Someone else changed or deleted the questionnaire meanwhile; nothing was written. */
public class ConcurrentSurveyChangeException extends RuntimeException {

    public ConcurrentSurveyChangeException(long id) {
        super("survey response " + id + " changed meanwhile");
    }
}
