package id.kalbarprov.loket.core.request;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * States of a service request (one incoming letter) and the only transitions allowed between
 * them, whatever a screen shows. The clock runs in DITERIMA, DIKAJI and DIPROSES.
 */
public enum RequestState {
    /** Registered with an incomplete checklist: the clock has not started. */
    BERKAS_BELUM_LENGKAP,
    /** Complete, clock running, waiting for review. */
    DITERIMA,
    /** Under review by Bidang Aplikasi Informatika. */
    DIKAJI,
    /** Being processed (step c of the standard). */
    DIPROSES,
    /** Processing finished, waiting for its confirmation letter. */
    SIAP_SURAT,
    /** Confirmation letter issued. */
    SELESAI,
    /** Returned to the agency for completion: the clock is paused. */
    DIKEMBALIKAN,
    /** Refused with a reason; the agency still gets a reply letter. */
    DITOLAK;

    private static final Map<RequestState, Set<RequestState>> ALLOWED = Map.of(
            BERKAS_BELUM_LENGKAP, EnumSet.of(DITERIMA, DITOLAK),
            DITERIMA, EnumSet.of(DIKAJI, DIKEMBALIKAN, DITOLAK),
            DIKAJI, EnumSet.of(DIPROSES, DIKEMBALIKAN, DITOLAK),
            DIPROSES, EnumSet.of(SIAP_SURAT, DIKEMBALIKAN),
            SIAP_SURAT, EnumSet.of(SELESAI),
            SELESAI, EnumSet.noneOf(RequestState.class),
            DIKEMBALIKAN, EnumSet.of(DITERIMA, DITOLAK),
            DITOLAK, EnumSet.noneOf(RequestState.class));

    public boolean canMoveTo(RequestState next) {
        return ALLOWED.get(this).contains(next);
    }

    public Set<RequestState> next() {
        return Set.copyOf(ALLOWED.get(this));
    }

    /** True while the working-day clock counts. */
    public boolean clockRunning() {
        return this == DITERIMA || this == DIKAJI || this == DIPROSES;
    }

    /** True while the request still needs work from the office. */
    public boolean open() {
        return this != SELESAI && this != DITOLAK;
    }
}
