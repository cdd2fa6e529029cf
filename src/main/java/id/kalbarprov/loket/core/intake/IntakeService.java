package id.kalbarprov.loket.core.intake;

import id.kalbarprov.loket.core.attachments.AttachmentPort;
import id.kalbarprov.loket.core.auth.Actor;
import id.kalbarprov.loket.core.auth.Permission;
import id.kalbarprov.loket.core.calendar.WorkingCalendar;
import id.kalbarprov.loket.core.catalog.ServiceStandard;
import id.kalbarprov.loket.core.validation.ValidationException;
import id.kalbarprov.loket.core.validation.Violation;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.function.Supplier;

/**
 * Registers incoming letters. A letter whose checklist is incomplete is still registered, as
 * "berkas belum lengkap", and its clock does not start. The same agency and letter number twice
 * is refused unless the clerk confirms it is a different letter.
 */
public final class IntakeService {

    private final LetterStorePort store;
    private final LongFunction<Optional<ServiceStandard>> services;
    private final Supplier<WorkingCalendar> calendar;
    private final Clock clock;

    public IntakeService(LetterStorePort store, LongFunction<Optional<ServiceStandard>> services,
                         Supplier<WorkingCalendar> calendar, Clock clock) {
        this.store = store;
        this.services = services;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** The outcome of {@link #register}. */
    public sealed interface Outcome permits Done, PossibleDuplicate {
    }

    /** Registered; {@code complete} false means "berkas belum lengkap"; {@code scans} attached with it. */
    public record Done(long id, String agendaNumber, boolean complete, LocalDate clockStart, int scans)
            implements Outcome {
        public Done(long id, String agendaNumber, boolean complete, LocalDate clockStart) {
            this(id, agendaNumber, complete, clockStart, 0);
        }
    }

    /** Nothing saved: the same agency and number exist; ask the clerk and call again confirmed. */
    public record PossibleDuplicate(LetterStorePort.ExistingLetter existing) implements Outcome {
    }

    /**
     * @param confirmedDifferent the clerk confirmed this is a different letter with the same number
     * @throws ValidationException with every field problem; nothing was saved
     * @throws id.kalbarprov.loket.core.auth.AccessDeniedException unless the actor may register letters
     */
    public Outcome register(LetterDraft draft, Actor actor, boolean confirmedDifferent) {
        return register(draft, actor, confirmedDifferent, List.of());
    }

    /**
     * Registers the letter with its scans (checked before, see
     * {@link id.kalbarprov.loket.core.attachments.AttachmentService#prepare}) in one transaction: a scan
     * the store refuses ({@link id.kalbarprov.loket.core.attachments.ScanRefusedException}) or a failure
     * while storing one leaves no letter and no scan.
     */
    public Outcome register(LetterDraft draft, Actor actor, boolean confirmedDifferent,
                            List<AttachmentPort.NewScan> scans) {
        actor.require(Permission.REGISTER_LETTER);
        LocalDateTime now = LocalDateTime.now(clock);
        List<Violation> problems = new java.util.ArrayList<>(LetterValidator.validate(draft, now));
        Optional<ServiceStandard> known = draft.serviceId() == null ? Optional.empty() : services.apply(draft.serviceId());
        if (draft.serviceId() != null && known.isEmpty()) {
            problems.add(Violation.of(LetterFields.SERVICE, "validation.unknown"));
        }
        if (!problems.isEmpty()) {
            // Report an unknown agency with the rest; on a clean form the insert itself checks it.
            if (draft.agencyId() != null && !store.agencyExists(draft.agencyId())) {
                problems.add(Violation.of(LetterFields.AGENCY, "validation.unknown"));
            }
            throw new ValidationException(problems);
        }
        ServiceStandard service = known.orElseThrow();
        LetterDraft clean = normalize(draft);
        boolean complete = isComplete(service, clean);
        LocalDate start = complete ? calendar.get().clockStart(clean.receivedAt()) : null;
        try {
            LetterStorePort.Registered r = store.insert(
                    new LetterStorePort.NewLetter(clean, complete, start, actor.label(), !confirmedDifferent, scans));
            return new Done(r.id(), r.agendaNumber(), complete, start, scans.size());
        } catch (DuplicateLetterException duplicate) {
            return new PossibleDuplicate(duplicate.existing());
        }
    }

    /** Every requirement of the service's checklist is ticked. */
    public static boolean isComplete(ServiceStandard service, LetterDraft draft) {
        return service.requirements().stream()
                .allMatch(req -> draft.fulfilledRequirementIds().contains(req.id()));
    }

    private static LetterDraft normalize(LetterDraft d) {
        return new LetterDraft(d.receivedAt().withSecond(0).withNano(0), d.agencyId(), strip(d.letterNumber()),
                d.letterDate(), strip(d.subject()), d.serviceId(), d.signerRole(), strip(d.signerName()),
                d.fulfilledRequirementIds(), strip(d.contactName()), strip(d.contactPhone()), strip(d.notes()));
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
