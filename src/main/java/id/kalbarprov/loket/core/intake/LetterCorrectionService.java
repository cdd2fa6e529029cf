package id.kalbarprov.loket.core.intake;

import static id.kalbarprov.loket.core.intake.LetterFields.*;

import id.kalbarprov.loket.core.auth.Actor;
import id.kalbarprov.loket.core.auth.Permission;
import id.kalbarprov.loket.core.calendar.WorkingCalendar;
import id.kalbarprov.loket.core.report.ClockReplay;
import id.kalbarprov.loket.core.validation.Checks;
import id.kalbarprov.loket.core.validation.ConcurrentChangeException;
import id.kalbarprov.loket.core.validation.ValidationException;
import id.kalbarprov.loket.core.validation.Violation;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Corrects a registered letter (issue 13 item 5, docs/decisions/0021): a typo in the letter number,
 * the subject, a date, the agency, the signer or the contact. A reason is required. Until the review
 * starts the Petugas Loket (or the Kepala Bidang) may correct, after that only the Kepala Bidang; the
 * rights are read live at the call (decision 0012). The corrected fields pass the registration's own
 * validator; the agenda number never changes, nor does the service. A corrected receipt time gives the
 * request the clock it would have had: day 0 and the days used before a pause are replayed from its
 * history with the working-day calendar, so the due date follows.
 */
public final class LetterCorrectionService {

    /** Field id of the reason (the form maps it to its control). */
    public static final String REASON = "reason";
    /** Field id of "nothing was changed" (the form shows it in its status line). */
    public static final String CHANGES = "changes";
    public static final int MAX_REASON = 2000;
    public static final String NO_CHANGE = "validation.correction.noChange";
    public static final String OTHER_YEAR = "validation.correction.otherYear";
    public static final String RECEIVED_BEFORE_LETTER = "validation.correction.receivedBeforeLetterDate";

    /** The correctable fields in screen order. */
    public static final List<String> FIELDS = List.of(RECEIVED_AT, AGENCY, LETTER_NUMBER, LETTER_DATE, SUBJECT,
            SIGNER_ROLE, SIGNER_NAME, CONTACT_NAME, CONTACT_PHONE, NOTES);

    private final LetterCorrectionPort store;
    private final Supplier<WorkingCalendar> calendar;
    private final Clock clock;

    public LetterCorrectionService(LetterCorrectionPort store, Supplier<WorkingCalendar> calendar, Clock clock) {
        this.store = store;
        this.calendar = calendar;
        this.clock = clock;
    }

    /**
     * What a saved correction changed, and the request's day 0 after it (null while the clock has not
     * started). {@code sameNumberAs}: the agenda number of another letter of the same agency with the
     * corrected letter number (the question registration asks), or null.
     */
    public record Corrected(List<Correction.Change> changes, LocalDate clockStart, String sameNumberAs) {
    }

    /**
     * The right this letter's correction needs now: {@link Permission#CORRECT_LETTER} until the review
     * starts, {@link Permission#CORRECT_REVIEWED_LETTER} after.
     */
    public static Permission needed(LetterCorrectionPort.Current letter) {
        return letter.reviewStarted() ? Permission.CORRECT_REVIEWED_LETTER : Permission.CORRECT_LETTER;
    }

    /**
     * Corrects letter {@code id} as the operator saw it at {@code version}.
     *
     * @throws id.kalbarprov.loket.core.auth.AccessDeniedException without the right {@link #needed} names
     * @throws ValidationException with every problem (reason, nothing changed, the fields); nothing saved
     * @throws ConcurrentChangeException when someone changed the letter since {@code version}
     */
    public Corrected correct(long id, int version, LetterCorrection fix, String reason, Actor actor) {
        return check(id, version, fix, reason, actor, true);
    }

    /**
     * Every check of {@link #correct} (right, version, reason, fields) without writing: what the
     * correction would change, for the confirmation the form asks before saving.
     */
    public Corrected preview(long id, int version, LetterCorrection fix, String reason, Actor actor) {
        return check(id, version, fix, reason, actor, false);
    }

    /** The letter as stored now, to fill the correction form; empty when there is none. */
    public java.util.Optional<LetterCorrectionPort.Current> current(long id) {
        return store.find(id);
    }

    private Corrected check(long id, int version, LetterCorrection fix, String reason, Actor actor, boolean write) {
        LetterCorrectionPort.Current now = store.find(id)
                .orElseThrow(() -> new IllegalArgumentException("no letter " + id));
        actor.require(needed(now));
        if (now.version() != version) {
            throw new ConcurrentChangeException("letter", id, now.updatedBy(), now.updatedAt());
        }
        LetterCorrection after = fix.normalized();
        String agencyName = after.agencyId() == null ? null
                : Objects.equals(after.agencyId(), now.fields().agencyId()) ? now.agencyName()
                : store.agencyName(after.agencyId()).orElse(null);
        List<Correction.Change> changes = changes(now.fields(), now.agencyName(), after, agencyName);
        List<Violation> problems = new ArrayList<>(validate(now, after, changes, LocalDateTime.now(clock)));
        if (after.agencyId() != null && agencyName == null) {
            problems.add(Violation.of(AGENCY, "validation.unknown"));
        }
        Checks c = new Checks().required(REASON, reason).maxLength(REASON, reason, MAX_REASON);
        problems.addAll(c.violations());
        if (changes.isEmpty()) {
            problems.add(Violation.of(CHANGES, NO_CHANGE));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        LocalDate start = now.clockStart();
        int used = now.clockDaysUsed();
        if (!after.receivedAt().equals(now.fields().receivedAt())) {
            ClockReplay.Settled s = ClockReplay.settle(after.receivedAt(), now.history(), calendar.get());
            start = s.clockStart();
            used = s.daysUsed();
        }
        LocalDateTime at = LocalDateTime.now(clock).withNano(0);
        Correction correction = new Correction(at, actor.label(), reason.strip(), changes);
        Map<String, Object> before = new LinkedHashMap<>();
        Map<String, Object> afterAudit = new LinkedHashMap<>();
        for (Correction.Change ch : changes) {
            String key = AGENCY.equals(ch.field()) ? "agencyId" : ch.field();
            before.put(key, AGENCY.equals(ch.field()) ? now.fields().agencyId() : ch.before());
            afterAudit.put(key, AGENCY.equals(ch.field()) ? after.agencyId() : ch.after());
        }
        if (!Objects.equals(start, now.clockStart())) {
            before.put("clockStart", now.clockStart() == null ? null : now.clockStart().toString());
            afterAudit.put("clockStart", start == null ? null : start.toString());
        }
        if (used != now.clockDaysUsed()) {
            before.put("clockDaysUsed", now.clockDaysUsed());
            afterAudit.put("clockDaysUsed", used);
        }
        afterAudit.put("reason", reason.strip());
        boolean numberOrAgency = changes.stream().anyMatch(
                ch -> LETTER_NUMBER.equals(ch.field()) || AGENCY.equals(ch.field()));
        String same = numberOrAgency ? store.sameNumber(after.agencyId(), after.letterNumber(), id).orElse(null) : null;
        if (!write) {
            return new Corrected(changes, start, same);
        }
        store.apply(new LetterCorrectionPort.Apply(id, version, after, start, used, correction, before, afterAudit));
        return new Corrected(changes, start, same);
    }

    /**
     * The fields {@code after} changes against {@code before}, in screen order, as stored text (agencies
     * by name). Both should be {@link LetterCorrection#normalized normalized}.
     */
    public static List<Correction.Change> changes(LetterCorrection before, String agencyBefore,
                                                  LetterCorrection after, String agencyAfter) {
        List<Correction.Change> out = new ArrayList<>();
        add(out, RECEIVED_AT, before, after, LetterCorrection::receivedAt);
        if (!Objects.equals(before.agencyId(), after.agencyId())) {
            out.add(new Correction.Change(AGENCY, agencyBefore, agencyAfter));
        }
        add(out, LETTER_NUMBER, before, after, LetterCorrection::letterNumber);
        add(out, LETTER_DATE, before, after, LetterCorrection::letterDate);
        add(out, SUBJECT, before, after, LetterCorrection::subject);
        add(out, SIGNER_ROLE, before, after, LetterCorrection::signerRole);
        add(out, SIGNER_NAME, before, after, LetterCorrection::signerName);
        add(out, CONTACT_NAME, before, after, LetterCorrection::contactName);
        add(out, CONTACT_PHONE, before, after, LetterCorrection::contactPhone);
        add(out, NOTES, before, after, LetterCorrection::notes);
        return out;
    }

    private static void add(List<Correction.Change> out, String field, LetterCorrection before, LetterCorrection after,
                            Function<LetterCorrection, Object> get) {
        Object b = get.apply(before);
        Object a = get.apply(after);
        if (!Objects.equals(b, a)) {
            out.add(new Correction.Change(field, text(b), text(a)));
        }
    }

    private static String text(Object v) {
        if (v == null) {
            return null;
        }
        return v instanceof Enum<?> e ? e.name() : v.toString();
    }

    /**
     * The registration's validator on the corrected letter; a problem counts only for a field the
     * correction changes (a letter registered a year ago stays correctable). A receipt time moved before
     * the letter's date is the receipt time's problem; it stays in the agenda number's year.
     */
    static List<Violation> validate(LetterCorrectionPort.Current now, LetterCorrection after,
                                    List<Correction.Change> changes, LocalDateTime at) {
        List<String> changed = changes.stream().map(Correction.Change::field).toList();
        List<Violation> out = new ArrayList<>();
        for (Violation v : LetterValidator.validate(after.asDraft(now.serviceId()), at)) {
            if (changed.contains(v.field())) {
                out.add(v);
            } else if (LETTER_DATE.equals(v.field()) && changed.contains(RECEIVED_AT)
                    && LetterValidator.DATE_AFTER_RECEIVED.equals(v.key())) {
                out.add(Violation.of(RECEIVED_AT, RECEIVED_BEFORE_LETTER));
            }
        }
        if (after.receivedAt() != null && changed.contains(RECEIVED_AT)
                && after.receivedAt().getYear() != now.agendaYear()
                && out.stream().noneMatch(v -> RECEIVED_AT.equals(v.field()))) {
            out.add(Violation.of(RECEIVED_AT, OTHER_YEAR, now.agendaNumber(), String.valueOf(now.agendaYear())));
        }
        return out;
    }
}
