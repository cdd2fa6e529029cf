package id.kalbarprov.loket.core.request;

import id.kalbarprov.loket.core.auth.Actor;
import id.kalbarprov.loket.core.auth.Permission;
import id.kalbarprov.loket.core.calendar.WorkingCalendar;
import id.kalbarprov.loket.core.processing.ProcessingRecord;
import id.kalbarprov.loket.core.validation.Checks;
import id.kalbarprov.loket.core.validation.ConcurrentChangeException;
import id.kalbarprov.loket.core.validation.ValidationException;
import id.kalbarprov.loket.core.validation.Violation;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Supplier;

/**
 * Takes a request through review and processing. Every step checks the operator's permission,
 * the allowed transitions ({@link RequestState#canMoveTo}) and the version the operator saw; the
 * store writes the change, its history row and its audit entry in one transaction. The clock
 * pauses while a request is back at the agency (docs/decisions/0003-working-day-clock.md).
 */
public final class RequestWorkflow {

    /** Field ids of the decision inputs (the screens map them to their controls). */
    public static final String REASON = "reason";
    public static final String MISSING_ITEMS = "missingItems";
    public static final String PROCESSOR = "processor";
    public static final int MAX_TEXT = 2000;

    private final WorkflowPort store;
    private final Supplier<WorkingCalendar> calendar;
    private final Clock clock;

    public RequestWorkflow(WorkflowPort store, Supplier<WorkingCalendar> calendar, Clock clock) {
        this.store = store;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** Throws unless {@code from → to} is an allowed transition. */
    public static void requireAllowed(RequestState from, RequestState to) {
        if (!from.canMoveTo(to)) {
            throw new TransitionNotAllowedException(from, to);
        }
    }

    /** DITERIMA → DIKAJI: the actor becomes the reviewer. */
    public void takeForReview(long id, int version, Actor actor) {
        actor.require(Permission.REVIEW_REQUEST);
        RequestSnapshot s = load(id, version, RequestState.DIKAJI);
        save(s, RequestState.DIKAJI, actor, "Diambil untuk dikaji", s.clockStart(), s.clockDaysUsed(),
                s.pausedOn(), actor.username(), s.processor(), s.decisionReason(), s.missingItems(), false, null);
    }

    /** DIKAJI → DIPROSES, assigned to {@code processor} (an operator username). */
    public void forwardToProcessing(long id, int version, Actor actor, String processor, String note) {
        actor.require(Permission.REVIEW_REQUEST);
        Checks c = new Checks().required(PROCESSOR, processor).maxLength(PROCESSOR, processor, 64);
        c.throwIfAny();
        RequestSnapshot s = load(id, version, RequestState.DIPROSES);
        String reviewer = s.reviewer() == null ? actor.username() : s.reviewer();
        save(s, RequestState.DIPROSES, actor, join("Diteruskan ke pelaksana " + store.fullName(processor.strip()), note),
                s.clockStart(), s.clockDaysUsed(), s.pausedOn(), reviewer, processor.strip(), s.decisionReason(),
                s.missingItems(), false, null);
    }

    /**
     * DITERIMA/DIKAJI/DIPROSES → DIKEMBALIKAN: the clock pauses; the working days used so far are
     * added to {@code clock_days_used}.
     */
    public void returnToAgency(long id, int version, Actor actor, String reason, String missingItems) {
        actor.require(Permission.REVIEW_REQUEST);
        new Checks().required(REASON, reason).maxLength(REASON, reason, MAX_TEXT)
                .required(MISSING_ITEMS, missingItems).maxLength(MISSING_ITEMS, missingItems, MAX_TEXT)
                .throwIfAny();
        RequestSnapshot s = load(id, version, RequestState.DIKEMBALIKAN);
        LocalDate today = LocalDate.now(clock);
        int used = s.clockDaysUsed() + daysUsedSince(s.clockStart(), today);
        save(s, RequestState.DIKEMBALIKAN, actor, "Dikembalikan ke PD: " + reason.strip()
                        + " — Kekurangan: " + missingItems.strip(), s.clockStart(), used, today, s.reviewer(),
                s.processor(), reason.strip(), missingItems.strip(), false, null);
    }

    /**
     * DIKEMBALIKAN → DITERIMA (the missing items arrived: the remaining days run from a new day 0)
     * or BERKAS_BELUM_LENGKAP → DITERIMA (the file is complete now: the clock starts, nothing used).
     */
    public void missingItemsArrived(long id, int version, Actor actor, String note) {
        actor.require(Permission.REGISTER_LETTER);
        RequestSnapshot s = load(id, version, RequestState.DITERIMA);
        LocalDate start = calendar.get().clockStart(LocalDateTime.now(clock));
        boolean firstStart = s.state() == RequestState.BERKAS_BELUM_LENGKAP;
        save(s, RequestState.DITERIMA, actor,
                join(firstStart ? "Berkas dilengkapi, waktu layanan mulai dihitung"
                        : "Kekurangan diterima, waktu layanan dilanjutkan", note),
                start, firstStart ? 0 : s.clockDaysUsed(), null, s.reviewer(), s.processor(), s.decisionReason(),
                s.missingItems(), firstStart, null);
    }

    /** BERKAS_BELUM_LENGKAP/DITERIMA/DIKAJI/DIKEMBALIKAN → DITOLAK with a reason (the agency still gets a reply). */
    public void refuse(long id, int version, Actor actor, String reason) {
        actor.require(Permission.REVIEW_REQUEST);
        new Checks().required(REASON, reason).maxLength(REASON, reason, MAX_TEXT).throwIfAny();
        RequestSnapshot s = load(id, version, RequestState.DITOLAK);
        save(s, RequestState.DITOLAK, actor, "Ditolak: " + reason.strip(), s.clockStart(), s.clockDaysUsed(),
                s.pausedOn(), s.reviewer(), s.processor(), reason.strip(), s.missingItems(), false, null);
    }

    /** DIPROSES → SIAP_SURAT with what processing did, checked for the request's service. */
    public void finishProcessing(long id, int version, Actor actor, ProcessingRecord record) {
        actor.require(Permission.PROCESS_REQUEST);
        List<Violation> problems = record.validate(LocalDate.now(clock));
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        RequestSnapshot s = load(id, version, RequestState.SIAP_SURAT);
        if (record.kind() != s.serviceKind()) {
            throw new IllegalArgumentException("a " + record.kind() + " record for a " + s.serviceKind() + " request");
        }
        String processor = s.processor() == null ? actor.username() : s.processor();
        save(s, RequestState.SIAP_SURAT, actor, "Selesai diproses: " + record.summary(), s.clockStart(),
                s.clockDaysUsed(), s.pausedOn(), s.reviewer(), processor, s.decisionReason(), s.missingItems(),
                false, record);
    }

    /** Working days after day 0 up to and including {@code today} (0 on day 0 or before the clock starts). */
    private int daysUsedSince(LocalDate clockStart, LocalDate today) {
        return clockStart == null ? 0 : calendar.get().workingDaysBetween(clockStart, today);
    }

    private RequestSnapshot load(long id, int version, RequestState to) {
        RequestSnapshot s = store.find(id).orElseThrow(() -> new IllegalArgumentException("no request " + id));
        if (s.version() != version) {
            throw new ConcurrentChangeException("request", id, s.updatedBy(), s.updatedAt());
        }
        requireAllowed(s.state(), to);
        return s;
    }

    private void save(RequestSnapshot s, RequestState to, Actor actor, String note, LocalDate clockStart,
                      int daysUsed, LocalDate pausedOn, String reviewer, String processor, String reason,
                      String missing, boolean completeChecklist, ProcessingRecord record) {
        store.apply(new WorkflowPort.Change(s.id(), s.version(), s.state(), to, actor.label(),
                LocalDateTime.now(clock).withNano(0), note, clockStart, daysUsed, pausedOn, reviewer, processor,
                reason, missing, completeChecklist, record));
    }

    private static String join(String text, String note) {
        return note == null || note.isBlank() ? text : text + ". " + note.strip();
    }
}
