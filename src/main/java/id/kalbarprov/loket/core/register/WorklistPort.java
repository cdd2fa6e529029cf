package id.kalbarprov.loket.core.register;

import id.kalbarprov.loket.core.request.RequestState;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The worklists of Kajian and Proses; implemented by {@code store/RequestStore}. */
public interface WorklistPort {

    /** Open requests in {@code states} (only {@code processor}'s when not null), most urgent first. */
    Page<WorkItem> worklist(Collection<RequestState> states, String processor, LocalDate today, int offset, int limit);

    Optional<RequestDetail> detail(long id, LocalDate today);

    /** Operators a request can be assigned to, by full name (empty when no operator exists yet). */
    List<id.kalbarprov.loket.core.auth.Person> processors();
}
