package id.kalbarprov.loket.ui.review;

import id.kalbarprov.loket.core.auth.Actor;
import id.kalbarprov.loket.core.register.WorklistPort;
import id.kalbarprov.loket.core.request.RequestWorkflow;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Supplier;

/** What the Kajian and Proses screens use: the workflow, its worklists, the signed-in operator. */
public record WorkflowServices(RequestWorkflow workflow, WorklistPort worklists, Supplier<Actor> actor, Clock clock) {

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
