package id.kalbarprov.loket.core.attachments;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** What attachments need from the store; implemented in store/ on both backends. */
public interface AttachmentPort {

    /** A checked scan about to be stored. */
    record NewScan(String sha256, String fileName, ScanKind kind, byte[] content) {
    }

    /** The letter's id by its agenda number. */
    Optional<Long> letterByAgenda(String agendaNumber);

    /** The letter's agenda number, or empty when there is no such letter. */
    Optional<String> agendaOf(long letterId);

    /**
     * Stores {@code scans} for the letter in one transaction: each blob once (kept when the same
     * content is already stored), one link per scan, one audit entry per link. Nothing is stored when
     * one of them is already attached to this letter ({@link ScanProblem#ALREADY_ATTACHED}) or the
     * letter does not exist ({@link ScanProblem#NO_LETTER}).
     */
    List<Attachment> attach(long letterId, List<NewScan> scans, String actor, LocalDateTime at);

    /**
     * Where a letter stands for removing a scan: its state and whether its review ever started
     * (decision 0021: who may correct it depends on that).
     */
    record LetterStatus(String agendaNumber, id.kalbarprov.loket.core.request.RequestState state, boolean reviewStarted) {
    }

    /** The letter's status, or empty when there is no such letter. */
    Optional<LetterStatus> letterStatus(long letterId);

    /**
     * Removes one attachment of the letter in one transaction: the link, the blob when no other link
     * keeps it, and the audit entry {@code detach} with the attachment as it was (before) and the reason
     * (after).
     *
     * @throws ScanRefusedException {@link ScanProblem#NOT_ATTACHED} when it is no longer attached
     */
    void detach(long letterId, long attachmentId, String reason, String actor, LocalDateTime at);

    /** The letter's attachments in the order they were added; never reads the bytes. */
    List<Attachment> forLetter(long letterId);

    /** The stored bytes of one blob. */
    byte[] content(String sha256);

    /** Every attachment with its letter's agenda number, in letter and attachment order (no bytes). */
    List<Listed> all();

    /** An attachment with its letter's agenda number. */
    record Listed(String agendaNumber, Attachment attachment) {
    }
}
