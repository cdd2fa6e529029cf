package id.kalbarprov.loket.core.letters;

import id.kalbarprov.loket.core.request.RequestState;
import java.util.Optional;

/** The three confirmation letters: done, returned for completion, refused. */
public enum LetterKind {
    /** Processing finished: issuing moves the request from SIAP_SURAT to SELESAI. */
    SELESAI,
    /** Returned to the agency: says what is missing. */
    DIKEMBALIKAN,
    /** Refused: says why. */
    DITOLAK;

    /** The letter a request in {@code state} is waiting for, if any. */
    public static Optional<LetterKind> forState(RequestState state) {
        return switch (state) {
            case SIAP_SURAT, SELESAI -> Optional.of(SELESAI);
            case DIKEMBALIKAN -> Optional.of(DIKEMBALIKAN);
            case DITOLAK -> Optional.of(DITOLAK);
            default -> Optional.empty();
        };
    }
}
