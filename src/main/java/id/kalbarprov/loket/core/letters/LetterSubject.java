package id.kalbarprov.loket.core.letters;

import id.kalbarprov.loket.core.complaints.Complaint;
import id.kalbarprov.loket.core.request.RequestState;
import id.kalbarprov.loket.core.request.RequestWorkflow;
import id.kalbarprov.loket.core.request.TransitionNotAllowedException;
import id.kalbarprov.loket.core.text.IndonesianDates;
import id.kalbarprov.loket.core.validation.ConcurrentChangeException;
import id.kalbarprov.loket.core.validation.ValidationException;
import id.kalbarprov.loket.core.validation.Violation;
import java.time.LocalDate;

/**
 * What an outgoing letter answers, and its own part of the one issuing path ({@link LetterIssuer}):
 * a request gets a confirmation letter, a complaint a reply letter. Numbering in the register,
 * the PDF, its SHA-256 and storing are the same for both and written once, in LetterIssuer.
 */
public sealed interface LetterSubject permits LetterSubject.ForRequest, LetterSubject.ForComplaint {

    LetterKind kind();

    /** The request's id, or null. */
    Long letterId();

    /** The complaint's id, or null. */
    Long complaintId();

    /** The request's or complaint's version the letter is issued for. */
    int version();

    /** The letter's number for serial {@code seq}. */
    String number(LetterSettings s, OutgoingLetterPort.Issuing tx, long seq, LocalDate date);

    LetterContent compose(LetterSettings s, OutgoingLetterPort.Issuing tx, String number, LocalDate date,
                          Signer signer);

    /** The addressee as the register keeps it. */
    String addressee(LetterContent content);

    /** After the letter is stored, in the same transaction: the subject's state, history and audit. */
    void issued(OutgoingLetterPort.Issuing tx, long outgoingId, NewOutgoingLetter letter);

    /**
     * Request {@code letterId} as the operator saw it ({@code expectedVersion}), waiting for a letter
     * and without a live one; {@code after} is its state once the letter is issued.
     *
     * @throws ConcurrentChangeException when it changed or already has its letter
     * @throws TransitionNotAllowedException when its state gets no letter
     */
    static ForRequest request(OutgoingLetterPort.Issuing tx, long letterId, int expectedVersion) {
        RequestFacts f = tx.facts(letterId).orElseThrow(() -> new ConcurrentChangeException("request", letterId));
        if (f.version() != expectedVersion) {
            throw new ConcurrentChangeException("request", letterId);
        }
        LetterKind kind = LetterKind.forState(f.state())
                .orElseThrow(() -> new TransitionNotAllowedException(f.state(), RequestState.SELESAI));
        if (tx.hasLiveLetter(letterId, kind, f.version())) {
            throw new ConcurrentChangeException("request", letterId);
        }
        return new ForRequest(f, kind, stateAfter(f.state(), kind));
    }

    /**
     * The state a request is in once its letter is issued: a done letter finishes the request
     * (SIAP_SURAT → SELESAI, if {@link RequestState#canMoveTo} allows it); a returned or refused
     * request, or a done one whose letter was cancelled, keeps its state.
     */
    static RequestState stateAfter(RequestState from, LetterKind kind) {
        RequestState to = kind == LetterKind.SELESAI ? RequestState.SELESAI : from;
        if (to != from) {
            RequestWorkflow.requireAllowed(from, to);
        }
        return to;
    }

    /**
     * Complaint {@code c} still at the version the operator saw and without a live reply letter.
     *
     * @throws ConcurrentChangeException when the complaint changed
     * @throws ValidationException when it has a live reply letter
     */
    static ForComplaint reply(OutgoingLetterPort.Issuing tx, Complaint c, String answer, String place) {
        if (tx.complaintVersion(c.id()) != c.version()) {
            throw new ConcurrentChangeException("complaint", c.id());
        }
        tx.replies(c.id()).stream().filter(r -> !r.cancelled()).findFirst().ifPresent(r -> {
            throw new ValidationException(Violation.of(ComplaintReplyService.REPLY, ComplaintReplyService.EXISTS,
                    r.number()));
        });
        return new ForComplaint(c, answer, place);
    }

    /** A request's confirmation letter (done, returned or refused). */
    record ForRequest(RequestFacts facts, LetterKind kind, RequestState after) implements LetterSubject {

        @Override
        public Long letterId() {
            return facts.letterId();
        }

        @Override
        public Long complaintId() {
            return null;
        }

        @Override
        public int version() {
            return facts.version();
        }

        @Override
        public String number(LetterSettings s, OutgoingLetterPort.Issuing tx, long seq, LocalDate date) {
            return LetterComposer.number(s, facts, seq, date);
        }

        @Override
        public LetterContent compose(LetterSettings s, OutgoingLetterPort.Issuing tx, String number, LocalDate date,
                                     Signer signer) {
            return LetterComposer.compose(s, tx.template(facts.service(), kind), facts, number, date, signer);
        }

        @Override
        public String addressee(LetterContent content) {
            return content.addressee();
        }

        @Override
        public void issued(OutgoingLetterPort.Issuing tx, long outgoingId, NewOutgoingLetter letter) {
            tx.requestIssued(facts, after, "Surat konfirmasi Nomor " + letter.number() + " diterbitkan",
                    letter.actor(), letter.at());
        }
    }

    /** A complaint's reply letter; {@code place} is the "di -" line (the town or the postal address). */
    record ForComplaint(Complaint complaint, String answer, String place) implements LetterSubject {

        @Override
        public LetterKind kind() {
            return LetterKind.BALASAN_PENGADUAN;
        }

        @Override
        public Long letterId() {
            return null;
        }

        @Override
        public Long complaintId() {
            return complaint.id();
        }

        @Override
        public int version() {
            return complaint.version();
        }

        @Override
        public String number(LetterSettings s, OutgoingLetterPort.Issuing tx, long seq, LocalDate date) {
            return ReplyLetters.number(s, tx.replyCode(), seq, date);
        }

        @Override
        public LetterContent compose(LetterSettings s, OutgoingLetterPort.Issuing tx, String number, LocalDate date,
                                     Signer signer) {
            return ReplyLetters.compose(s, tx.template(null, LetterKind.BALASAN_PENGADUAN), complaint, answer, place,
                    number, date, signer);
        }

        @Override
        public String addressee(LetterContent content) {
            return content.addressee() + "\n" + content.addresseePlace();
        }

        @Override
        public void issued(OutgoingLetterPort.Issuing tx, long outgoingId, NewOutgoingLetter letter) {
            tx.complaintReplied(complaint, outgoingId, answer, letter.number(), "Surat balasan Nomor "
                    + letter.number() + " tanggal " + IndonesianDates.longDate(letter.date())
                    + " diterbitkan, kepada " + letter.content().addressee(), letter.actor(), letter.at());
        }
    }
}
