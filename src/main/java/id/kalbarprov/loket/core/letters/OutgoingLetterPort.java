package id.kalbarprov.loket.core.letters;

import id.kalbarprov.loket.core.catalog.ServiceKind;
import id.kalbarprov.loket.core.complaints.Complaint;
import id.kalbarprov.loket.core.request.RequestState;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * What {@link OutgoingLetterService} needs from the store (implemented by
 * {@code store/OutgoingLetterStore}). Every write is one transaction with its audit entry; the
 * service has checked permission and input before it calls one.
 */
public interface OutgoingLetterPort {

    LetterSettings settings();

    /** The signer as stored, possibly incomplete (for the settings form). */
    Signer signerAsStored();

    /** The complaint replies' classification code ({@link ReplyLetters#DEFAULT_CODE} when not set). */
    String replyCode();

    /** Stores the Penandatangan tab (already checked and trimmed); {@code replyCode} null: left as it is. */
    void saveSettings(LetterForm form, String replyCode, String actor);

    /** The templates per service and outcome, then the complaint reply's. */
    List<LetterTemplate> templates();

    /** The template of {@code kind} ({@code service} is ignored for the complaint reply's). */
    LetterTemplate template(ServiceKind service, LetterKind kind);

    /**
     * Stores {@code t} (checked and trimmed) if its template is still at {@code t.version()}.
     *
     * @return the template as now stored, with its new version
     * @throws id.kalbarprov.loket.core.validation.ConcurrentChangeException when someone saved it meanwhile
     */
    LetterTemplate saveTemplate(LetterTemplate t, String actor, LocalDateTime at);

    /** The published name of a service ("Pelayanan Email Kedinasan"). */
    String serviceName(ServiceKind kind);

    /** Requests waiting for a letter: SIAP_SURAT; returned or refused without a letter; a cancelled letter's. */
    List<PendingLetter> waiting();

    Optional<RequestFacts> facts(long letterId);

    /** The register, newest first. */
    List<IssuedLetter> issued(int limit);

    Optional<IssuedLetter> find(long outgoingId);

    /** The PDF exactly as issued (reprints use these bytes). */
    byte[] pdf(long outgoingId);

    /** Number and PDF of every issued letter (also cancelled ones), in register order, one at a time. */
    void forEachPdf(BiConsumer<IssuedLetter, byte[]> sink);

    /**
     * Marks a live letter cancelled with its reason; a complaint reply's cancellation also goes into
     * the complaint's history with {@code complaintNote}.
     *
     * @throws id.kalbarprov.loket.core.validation.ConcurrentChangeException when it is no longer live
     */
    void cancel(long outgoingId, String reason, String actor, LocalDateTime at, String complaintNote);

    /**
     * Records how and when a live letter reached its addressee.
     *
     * @throws id.kalbarprov.loket.core.validation.ConcurrentChangeException when it was cancelled meanwhile
     */
    void recordDelivery(long outgoingId, Delivery how, LocalDate on, String receiver, String actor);

    /** Runs {@code work} in ONE transaction: everything it wrote is kept, or nothing when it throws. */
    <T> T inTransaction(Function<Issuing, T> work);

    /** The store's part of issuing, inside the transaction of {@link #inTransaction}. */
    interface Issuing {

        LetterSettings settings();

        LetterTemplate template(ServiceKind service, LetterKind kind);

        String replyCode();

        Optional<RequestFacts> facts(long letterId);

        /**
         * True when request {@code letterId} already has a live letter of {@code kind} (a returned or
         * refused request: one issued at {@code requestVersion}).
         */
        boolean hasLiveLetter(long letterId, LetterKind kind, int requestVersion);

        /** The current version of complaint {@code complaintId}. */
        int complaintVersion(long complaintId);

        /** The complaint's reply letters, newest first (cancelled ones too). */
        List<ReplyLetter> replies(long complaintId);

        /** The year's next serial of the register: rolled back with the transaction, so no number is burned. */
        long nextSerial(int year);

        /** Adds {@code letter} to the register with its audit entry; returns its id. */
        long store(NewOutgoingLetter letter);

        /**
         * The request's part of its letter: when {@code to} differs from {@code f.state()} moves it there
         * (only from {@code f.state()} at {@code f.version()}) with its audit entry; always its history row.
         *
         * @throws id.kalbarprov.loket.core.validation.ConcurrentChangeException when the request moved meanwhile
         */
        void requestIssued(RequestFacts f, RequestState to, String note, String actor, LocalDateTime at);

        /**
         * The complaint's part of its reply letter {@code outgoingId}: the link with its answer, the
         * complaint's new version (only from {@code c.version()} in {@code c.state()}), its history row
         * and its audit entry.
         *
         * @throws id.kalbarprov.loket.core.validation.ConcurrentChangeException when the complaint changed
         */
        void complaintReplied(Complaint c, long outgoingId, String answer, String number, String note, String actor,
                              LocalDateTime at);
    }
}
