package id.kalbarprov.loket.core.letters;

import id.kalbarprov.loket.core.auth.Actor;
import id.kalbarprov.loket.core.auth.Permission;
import id.kalbarprov.loket.core.catalog.ServiceKind;
import id.kalbarprov.loket.core.complaints.Complaint;
import id.kalbarprov.loket.core.nip.Nip;
import id.kalbarprov.loket.core.request.RequestState;
import id.kalbarprov.loket.core.text.IndonesianDates;
import id.kalbarprov.loket.core.validation.Checks;
import id.kalbarprov.loket.core.validation.ConcurrentChangeException;
import id.kalbarprov.loket.core.validation.ValidationException;
import id.kalbarprov.loket.core.validation.Violation;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Outgoing letters (decision 0014): their settings and templates, the requests waiting for a
 * letter, issuing, and the register (cancel a number, record delivery). Every step checks the
 * operator's permission and the input here; a request's move to SELESAI is asked of
 * {@link RequestState}; the store only persists, each step in one transaction with its history
 * row and audit entry. Complaint replies are issued through the same path
 * ({@link LetterIssuer}) by {@link ComplaintReplyService}.
 */
public final class OutgoingLetterService {

    /** A delivery date before the letter's date. */
    public static final String DELIVERED_BEFORE_LETTER = "validation.delivery.beforeLetter";
    /** The Violation field of the complaint replies' code in the Penandatangan tab. */
    public static final String REPLY_CODE_FIELD = "code.PENGADUAN";

    private final OutgoingLetterPort port;
    private final LetterIssuer issuer;
    private final Clock clock;

    public OutgoingLetterService(OutgoingLetterPort port, LetterRenderer renderer, Clock clock) {
        this.port = port;
        this.issuer = new LetterIssuer(renderer);
        this.clock = clock;
    }

    // ---------------------------------------------------------------- settings

    public LetterSettings settings() {
        return port.settings();
    }

    /** The signer as stored, possibly incomplete (for the settings form). */
    public Signer signerAsStored() {
        return port.signerAsStored();
    }

    /** The reply letters' classification code (setting {@link ReplyLetters#CODE_SETTING}). */
    public String replyCode() {
        return port.replyCode();
    }

    /** Saves the Penandatangan tab in one transaction with its audit entry. */
    public void saveSettings(Actor actor, LetterForm form) {
        saveSettings(actor, form, null);
    }

    /**
     * As above, with the complaint replies' classification code ({@code null}: left as it is); all
     * problems of both are reported together and nothing is saved when there is one.
     */
    public void saveSettings(Actor actor, LetterForm form, String replyCode) {
        actor.require(Permission.MANAGE_SETTINGS);
        List<Violation> all = new ArrayList<>();
        try {
            form.validate(LocalDate.now(clock));
        } catch (ValidationException e) {
            all.addAll(e.violations());
        }
        if (replyCode != null) {
            all.addAll(new Checks().required(REPLY_CODE_FIELD, replyCode.isBlank() ? null : replyCode)
                    .maxLength(REPLY_CODE_FIELD, replyCode, 40).violations());
        }
        if (!all.isEmpty()) {
            throw new ValidationException(all);
        }
        Signer s = form.signer();
        Map<ServiceKind, String> codes = new EnumMap<>(ServiceKind.class);
        form.codes().forEach((k, v) -> codes.put(k, v.strip()));
        LetterForm clean = new LetterForm(new Signer(s.name().strip(), s.title().strip(), s.rank().strip(),
                Nip.normalize(s.nip()), s.pppk()), form.tembusan(), form.paper(), form.numberPattern().strip(), codes);
        port.saveSettings(clean, replyCode == null ? null : replyCode.strip(), actor.label());
    }

    // ---------------------------------------------------------------- templates

    /** The templates per service and outcome, then the complaint reply's. */
    public List<LetterTemplate> templates() {
        return port.templates();
    }

    public LetterTemplate template(ServiceKind service, LetterKind kind) {
        return port.template(service, kind);
    }

    /**
     * Saves a template edited from version {@code t.version()}; refuses an unknown placeholder
     * (nothing saved). Letters already issued keep their own text. Returns the new version.
     *
     * @throws ConcurrentChangeException when someone saved the template meanwhile
     */
    public LetterTemplate saveTemplate(Actor actor, LetterTemplate t) {
        actor.require(Permission.MANAGE_TEMPLATES);
        t.validate();
        return port.saveTemplate(new LetterTemplate(t.service(), t.kind(), t.subject().strip(), t.body().strip(),
                t.version()), actor.label(), now());
    }

    /** A template's preview on a realistic example, before it is saved. */
    public LetterContent previewTemplate(LetterTemplate t) {
        LetterSettings s = port.settings();
        Signer signer = s.signer().orElse(new Signer("(Nama Penandatangan)", "(Jabatan Penandatangan)",
                "(Pangkat/Golongan)", "000000000000000000", false));
        LocalDate today = LocalDate.now(clock);
        if (t.kind() == LetterKind.BALASAN_PENGADUAN) {
            Complaint example = ReplyLetters.example(today, port.serviceName(ServiceKind.HOSTING));
            return ReplyLetters.compose(s, t, example, example.answer(), s.addresseePlace(),
                    ReplyLetters.previewNumber(s, port.replyCode(), today), today, signer);
        }
        String service = port.serviceName(t.service());
        RequestFacts f = new RequestFacts(0, 1, t.kind() == LetterKind.SELESAI ? RequestState.SIAP_SURAT
                : RequestState.valueOf(t.kind().name()), t.service(), service,
                "Dinas Kesehatan Provinsi Kalimantan Barat", "0042/SM/" + today.getYear(),
                "800/123/Dinkes-Sekr", today.minusDays(7), "Permohonan " + service,
                "Rincian hasil pemrosesan dari layar Proses", "Kekurangan pertama\nKekurangan kedua",
                "Alasan penolakan dari hasil kajian");
        return LetterComposer.compose(s, t, f, LetterComposer.previewNumber(s, f, today), today, signer);
    }

    // ---------------------------------------------------------------- waiting list, preview, issuing

    /** Requests waiting for a letter: SIAP_SURAT; returned or refused without a letter; a cancelled letter's. */
    public List<PendingLetter> waiting() {
        return port.waiting();
    }

    /**
     * The letter request {@code letterId} would get today, with "…" for the serial.
     *
     * @throws SignerMissingException when no signer is set
     * @throws ConcurrentChangeException when the request is gone or no longer waits for a letter
     */
    public LetterContent preview(long letterId) {
        LetterSettings s = port.settings();
        Signer signer = s.signer().orElseThrow(SignerMissingException::new);
        RequestFacts f = port.facts(letterId).orElseThrow(() -> new ConcurrentChangeException("request", letterId));
        LetterKind kind = LetterKind.forState(f.state())
                .orElseThrow(() -> new ConcurrentChangeException("request", letterId));
        LocalDate today = LocalDate.now(clock);
        return LetterComposer.compose(s, port.template(f.service(), kind), f,
                LetterComposer.previewNumber(s, f, today), today, signer);
    }

    /**
     * Issues the letter a request is waiting for, dated today: the year's next serial, the PDF with
     * its SHA-256, a SIAP_SURAT request's move to SELESAI, history and audit — all or nothing.
     * {@code expectedVersion} is the request's version as shown.
     *
     * @throws SignerMissingException when no signer is set
     * @throws ConcurrentChangeException when the request changed or got its letter meanwhile
     * @throws id.kalbarprov.loket.core.request.TransitionNotAllowedException when its state gets no letter
     */
    public IssuedLetter issue(Actor actor, long letterId, int expectedVersion) {
        actor.require(Permission.ISSUE_LETTER);
        LocalDateTime at = now();
        long id = port.inTransaction(tx -> issuer.issue(tx, t -> LetterSubject.request(t, letterId, expectedVersion),
                actor.label(), at.toLocalDate(), at));
        return port.find(id).orElseThrow();
    }

    /** The reply letter as it would be issued today ("…" for the serial); the caller has checked it. */
    LetterContent previewReply(Complaint c, String answer, String place) {
        LetterSettings s = port.settings();
        Signer signer = s.signer().orElseThrow(SignerMissingException::new);
        LocalDate today = LocalDate.now(clock);
        return ReplyLetters.compose(s, port.template(null, LetterKind.BALASAN_PENGADUAN), c, answer, place,
                ReplyLetters.previewNumber(s, port.replyCode(), today), today, signer);
    }

    /** Issues the reply letter to {@code c} through the one path; the caller has checked permission and input. */
    long issueReply(Complaint c, String answer, String place, String actor) {
        LocalDateTime at = now();
        return port.inTransaction(tx -> issuer.issue(tx, t -> LetterSubject.reply(t, c, answer, place), actor,
                at.toLocalDate(), at));
    }

    // ---------------------------------------------------------------- the register

    /** The register, newest first. */
    public List<IssuedLetter> issued(int limit) {
        return port.issued(limit);
    }

    public Optional<IssuedLetter> find(long outgoingId) {
        return port.find(outgoingId);
    }

    /** The PDF exactly as issued (reprints use these bytes). */
    public byte[] pdf(long outgoingId) {
        return port.pdf(outgoingId);
    }

    /** Marks a number cancelled (it stays in the register, with the reason); the request waits for a new letter. */
    public void cancel(Actor actor, long outgoingId, String reason) {
        actor.require(Permission.ISSUE_LETTER);
        Checks c = new Checks();
        c.required("reason", reason).maxLength("reason", reason, 500);
        c.throwIfAny();
        String why = reason.strip();
        IssuedLetter letter = port.find(outgoingId)
                .orElseThrow(() -> new ConcurrentChangeException("outgoing letter", outgoingId));
        String complaintNote = letter.complaintReply()
                ? "Surat balasan Nomor " + letter.number() + " dibatalkan: " + why : null;
        port.cancel(outgoingId, why, actor.label(), now(), complaintNote);
    }

    /**
     * Records how and when the letter reached the agency, and who received it. A delivery in the
     * future or before the letter's own date is a typing mistake: refused, naming the date.
     */
    public void recordDelivery(Actor actor, long outgoingId, Delivery how, LocalDate on, String receiver) {
        actor.require(Permission.ISSUE_LETTER);
        Checks c = new Checks();
        c.required("delivery", how).required("deliveredOn", on).required("receiver", receiver)
                .maxLength("receiver", receiver, 120);
        if (on != null && on.isAfter(LocalDate.now(clock))) {
            c.add("deliveredOn", "validation.inFuture");
        }
        if (on != null && !c.has("deliveredOn")) {
            port.find(outgoingId).filter(i -> on.isBefore(i.letterDate())).ifPresent(i ->
                    c.add("deliveredOn", DELIVERED_BEFORE_LETTER, IndonesianDates.shortDate(i.letterDate())));
        }
        c.throwIfAny();
        port.recordDelivery(outgoingId, how, on, receiver.strip(), actor.label());
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).withNano(0);
    }
}
