package id.kalbarprov.loket.core.survey;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One answered questionnaire as stored: the day it was answered, the service it is about, the nine
 * answers, the optional profile and, when known, the request (letter) it concerns.
 */
public record SurveyResponse(long id, LocalDate answeredOn, long serviceId, Answers answers, Profile profile,
                             Long letterId, String letterAgenda, SurveySource source, String createdBy,
                             LocalDateTime createdAt, int version) {
}
