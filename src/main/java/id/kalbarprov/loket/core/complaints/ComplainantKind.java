package id.kalbarprov.loket.core.complaints;

/** Who complains: a government agency or a member of the public. */
public enum ComplainantKind {
    MASYARAKAT, INSTANSI
}
