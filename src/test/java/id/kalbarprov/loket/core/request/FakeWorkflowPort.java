package id.kalbarprov.loket.core.request;

import id.kalbarprov.loket.core.catalog.ServiceKind;
import id.kalbarprov.loket.core.validation.ConcurrentChangeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An in-memory store for the core tests: keeps snapshots, checks versions like the real one. */
final class FakeWorkflowPort implements WorkflowPort {

    final Map<Long, RequestSnapshot> requests = new HashMap<>();
    final List<Change> applied = new ArrayList<>();

    RequestSnapshot put(long id, RequestState state, ServiceKind kind, int workingDays, LocalDate clockStart) {
        RequestSnapshot s = new RequestSnapshot(id, state, 1, kind, workingDays, clockStart, 0, null, null, null,
                null, null, null, null);
        requests.put(id, s);
        return s;
    }

    @Override
    public Optional<RequestSnapshot> find(long id) {
        return Optional.ofNullable(requests.get(id));
    }

    @Override
    public void apply(Change c) {
        RequestSnapshot s = requests.get(c.id());
        if (s.version() != c.expectedVersion()) {
            throw new ConcurrentChangeException("request", c.id(), s.updatedBy(), s.updatedAt());
        }
        applied.add(c);
        requests.put(c.id(), new RequestSnapshot(c.id(), c.to(), s.version() + 1, s.serviceKind(), s.workingDays(),
                c.clockStart(), c.clockDaysUsed(), c.pausedOn(), c.reviewer(), c.processor(), c.decisionReason(),
                c.missingItems(), c.actor(), c.at()));
    }
}
