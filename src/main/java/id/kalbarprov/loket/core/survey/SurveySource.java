package id.kalbarprov.loket.core.survey;

/** How a questionnaire reached the database. */
public enum SurveySource {
    /** A paper questionnaire typed in at the desk. */
    KETIK,
    /** Answered by the visitor on the kiosk screen. */
    KIOS,
    /** Imported from a CSV file ({@code survey-import}). */
    IMPOR
}
