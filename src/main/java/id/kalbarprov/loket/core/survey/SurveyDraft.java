package id.kalbarprov.loket.core.survey;

import java.time.LocalDate;

/** A questionnaire as entered, before it is checked and stored. {@code letterAgenda}: optional. */
public record SurveyDraft(LocalDate answeredOn, Long serviceId, int[] answers, Profile profile, String letterAgenda,
                          SurveySource source) {

    public SurveyDraft {
        answers = answers == null ? new int[SurveyElement.COUNT] : answers.clone();
        profile = profile == null ? Profile.NONE : profile;
    }

    @Override
    public int[] answers() {
        return answers.clone();
    }
}
