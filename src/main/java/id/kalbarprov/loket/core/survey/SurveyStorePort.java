package id.kalbarprov.loket.core.survey;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the survey needs from the store; implemented by {@code store/SurveyStore}. Every write is one
 * transaction with an audit entry holding the full row.
 */
public interface SurveyStorePort {

    /** A checked questionnaire, ready to store. */
    record NewResponse(LocalDate answeredOn, long serviceId, Answers answers, Profile profile, Long letterId,
                       SurveySource source) {
    }

    /** A request (letter) a questionnaire may be linked to. */
    record LetterRef(long id, String agendaNumber, long serviceId) {
    }

    long insert(NewResponse r, String actor, LocalDateTime at);

    /** @throws id.kalbarprov.loket.core.validation.ConcurrentChangeException when the version no longer matches; nothing written */
    void update(long id, int expectedVersion, NewResponse r, String actor, LocalDateTime at);

    /** @throws id.kalbarprov.loket.core.validation.ConcurrentChangeException when the version no longer matches; nothing written */
    void delete(long id, int expectedVersion, String actor, LocalDateTime at);

    /** Stores every row in one transaction, or none. Returns how many. */
    int insertAll(List<NewResponse> rows, String actor, LocalDateTime at);

    Optional<SurveyResponse> find(long id);

    /** The request with this agenda number (as printed, any case), if any. */
    Optional<LetterRef> letterByAgenda(String agendaNumber);

    /** Service code (JARINGAN ...) → id. */
    Map<String, Long> serviceIds();

    /** The questionnaires entered (created) by anyone on {@code day}, newest first, at most {@code limit}. */
    List<SurveyResponse> enteredOn(LocalDate day, int limit);

    /** Per service id: the respondents and answer sums of questionnaires answered in [from, to]. */
    Map<Long, Ikm> sums(LocalDate from, LocalDate to);

    /** The requests (letters) received on the days [from, to], of one service or (null) of all: the population. */
    int requestsReceived(LocalDate from, LocalDate to, Long serviceId);
}
