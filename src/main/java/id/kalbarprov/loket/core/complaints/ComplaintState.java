package id.kalbarprov.loket.core.complaints;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a complaint stands. Diterima → Diverifikasi → Ditindaklanjuti → Selesai, or Diteruskan when
 * it is not Diskominfo's to handle. Further follow-up notes may be added while Ditindaklanjuti.
 */
public enum ComplaintState {
    DITERIMA, DIVERIFIKASI, DITINDAKLANJUTI, SELESAI, DITERUSKAN;

    /** The states this one may move to; Selesai and Diteruskan are final. */
    public Set<ComplaintState> next() {
        return switch (this) {
            case DITERIMA -> EnumSet.of(DIVERIFIKASI, DITERUSKAN);
            case DIVERIFIKASI -> EnumSet.of(DITINDAKLANJUTI);
            case DITINDAKLANJUTI -> EnumSet.of(DITINDAKLANJUTI, SELESAI);
            case SELESAI, DITERUSKAN -> EnumSet.noneOf(ComplaintState.class);
        };
    }

    public boolean canMoveTo(ComplaintState to) {
        return next().contains(to);
    }

    /** Still on someone's desk: its deadline counts. */
    public boolean open() {
        return this != SELESAI && this != DITERUSKAN;
    }
}
