package id.kalbarprov.loket.core.complaints;

import static id.kalbarprov.loket.core.complaints.ComplaintFields.*;

import id.kalbarprov.loket.core.auth.Actor;
import id.kalbarprov.loket.core.auth.Permission;
import id.kalbarprov.loket.core.catalog.ComplaintCategory;
import id.kalbarprov.loket.core.catalog.ComplaintChannel;
import id.kalbarprov.loket.core.text.IndonesianDates;
import id.kalbarprov.loket.core.validation.Checks;
import id.kalbarprov.loket.core.validation.ValidationException;
import id.kalbarprov.loket.core.validation.Violation;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The complaints procedure: register (REGISTER_COMPLAINT); verify and categorise, forward, follow
 * up and close (HANDLE_COMPLAINT). Every step is checked against the allowed transitions and the
 * input rules before anything is written, and written with its history row and audit entry.
 */
public final class ComplaintService {

    private final ComplaintStorePort store;
    private final Supplier<List<ComplaintChannel>> channels;
    private final Supplier<List<ComplaintCategory>> categories;
    private final Clock clock;

    public ComplaintService(ComplaintStorePort store, Supplier<List<ComplaintChannel>> channels,
                            Supplier<List<ComplaintCategory>> categories, Clock clock) {
        this.store = store;
        this.channels = channels;
        this.categories = categories;
        this.clock = clock;
    }

    /** @throws ValidationException with every field problem; nothing saved */
    public ComplaintStorePort.Registered register(ComplaintDraft draft, Actor actor) {
        actor.require(Permission.REGISTER_COMPLAINT);
        LocalDateTime now = now();
        ComplaintChannel channel = draft.channelId() == null ? null : channels.get().stream()
                .filter(ch -> ch.id() == draft.channelId()).findFirst().orElse(null);
        List<Violation> problems = new ArrayList<>(ComplaintValidator.validate(draft, channel, now));
        problems.addAll(store.unknownReferences(draft));
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        ComplaintDraft clean = new ComplaintDraft(draft.receivedAt().withSecond(0).withNano(0), draft.channelId(),
                channel.needsReference() ? strip(draft.channelReference()) : null, draft.anonymous(),
                draft.anonymous() ? null : strip(draft.complainantName()), draft.complainantKind(),
                draft.complainantKind() == ComplainantKind.INSTANSI ? draft.agencyId() : null,
                strip(draft.contact()), draft.serviceId(), draft.letterId(), strip(draft.text()));
        return store.insert(clean, actor.label(), now);
    }

    /** Verified as Diskominfo's: categorised, its deadline now runs. */
    public void verify(long id, int version, Long categoryId, String note, Actor actor) {
        actor.require(Permission.HANDLE_COMPLAINT);
        Complaint c = load(id, ComplaintState.DIVERIFIKASI);
        Checks checks = new Checks();
        checks.required(CATEGORY, categoryId).maxLength(NOTE, note, MAX_NOTE);
        ComplaintCategory cat = categoryId == null ? null
                : categories.get().stream().filter(k -> k.id() == categoryId).findFirst().orElse(null);
        if (categoryId != null && cat == null) {
            checks.add(CATEGORY, "validation.unknown");
        }
        checks.throwIfAny();
        String text = "Kategori: " + cat.name() + " (" + cat.workingDays() + " hari kerja)"
                + (ComplaintValidator.blank(note) ? "" : ". " + note.strip());
        store.apply(id, version, new ComplaintStorePort.Step(c.state(), ComplaintState.DIVERIFIKASI, text,
                categoryId, null, null, null, null), actor.label(), now());
    }

    /** Not Diskominfo's to handle: forwarded to {@code forwardedTo}. */
    public void forward(long id, int version, String forwardedTo, String note, Actor actor) {
        actor.require(Permission.HANDLE_COMPLAINT);
        Complaint c = load(id, ComplaintState.DITERUSKAN);
        new Checks().required(FORWARD_TO, forwardedTo).maxLength(FORWARD_TO, forwardedTo, MAX_FORWARD_TO)
                .maxLength(NOTE, note, MAX_NOTE).throwIfAny();
        String text = "Bukan kewenangan Diskominfo, diteruskan kepada " + forwardedTo.strip()
                + (ComplaintValidator.blank(note) ? "" : ". " + note.strip());
        store.apply(id, version, new ComplaintStorePort.Step(c.state(), ComplaintState.DITERUSKAN, text, null,
                forwardedTo.strip(), null, null, null), actor.label(), now());
    }

    /** Records the actions taken (may be repeated while Ditindaklanjuti). */
    public void followUp(long id, int version, String actions, Actor actor) {
        actor.require(Permission.HANDLE_COMPLAINT);
        Complaint c = load(id, ComplaintState.DITINDAKLANJUTI);
        new Checks().required(ACTIONS, actions).maxLength(ACTIONS, actions, MAX_NOTE).throwIfAny();
        store.apply(id, version, new ComplaintStorePort.Step(c.state(), ComplaintState.DITINDAKLANJUTI,
                actions.strip(), null, null, null, null, null), actor.label(), now());
    }

    /** Closes with the answer given, how and when it reached the complainant. */
    public void close(long id, int version, String answer, DeliveryChannel delivery, LocalDate deliveredOn,
                      Actor actor) {
        actor.require(Permission.HANDLE_COMPLAINT);
        Complaint c = load(id, ComplaintState.SELESAI);
        LocalDateTime now = now();
        Checks checks = new Checks();
        checks.required(ANSWER, answer).maxLength(ANSWER, answer, MAX_TEXT).required(DELIVERY, delivery);
        ComplaintValidator.deliveredOn(checks, deliveredOn, c.receivedAt(), now);
        checks.throwIfAny();
        store.apply(id, version, new ComplaintStorePort.Step(c.state(), ComplaintState.SELESAI,
                "Jawaban disampaikan kepada pengadu pada " + IndonesianDates.longDate(deliveredOn), null, null,
                answer.strip(), delivery, deliveredOn),
                actor.label(), now);
    }

    private Complaint load(long id, ComplaintState to) {
        Complaint c = store.find(id).orElseThrow(() -> new ValidationException(Violation.of("complaint",
                "validation.unknown")));
        if (!c.state().canMoveTo(to)) {
            throw new ComplaintTransitionException(c.state(), to);
        }
        return c;
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).withNano(0);
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
