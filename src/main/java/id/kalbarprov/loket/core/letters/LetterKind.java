package id.kalbarprov.loket.core.letters;

import id.kalbarprov.loket.core.request.RequestState;
import java.util.Optional;

/** The outgoing letters: the three confirmation letters (done, returned, refused) and the complaint reply. */
public enum LetterKind {
    /** Processing finished: issuing moves the request from SIAP_SURAT to SELESAI. */
    SELESAI,
    /** Returned to the agency: says what is missing. */
    DIKEMBALIKAN,
    /** Refused: says why. */
    DITOLAK,
    /** A reply to a complaint (pengaduan): same register and numbering, no request (decision 0011). */
    BALASAN_PENGADUAN;

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
