package id.kalbarprov.loket.core.intake;

/** Who signed the agency's letter, as the standards require. */
public enum SignerRole {
    KEPALA_PD, KEPALA_UPT
}
