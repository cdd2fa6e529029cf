package id.kalbarprov.loket.core.letters;

import id.kalbarprov.loket.core.catalog.ServiceKind;
import id.kalbarprov.loket.core.request.RequestState;
import java.time.LocalDate;

/** What a confirmation letter quotes from the request: their letter, and what processing decided. */
public record RequestFacts(long letterId, int version, RequestState state, ServiceKind service, String serviceName,
                           String agencyName, String agendaNumber, String letterNumber, LocalDate letterDate,
                           String subject, String summary, String missingItems, String decisionReason) {
}
