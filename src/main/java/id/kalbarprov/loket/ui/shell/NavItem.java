package id.kalbarprov.loket.ui.shell;

/** The rooms of the app, in navigation order; Ctrl+1 ... Ctrl+9 and Ctrl+0 reach them. */
public enum NavItem {
    BERANDA, SURAT_MASUK, KAJIAN, PROSES, SURAT_KONFIRMASI, PENGADUAN, SURVEI, LAPORAN, STANDAR_PELAYANAN, PENGATURAN;

    /** Stable node id of the navigation button, for keyboard users' tests and TestFX. */
    public String buttonId() {
        return "nav-" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
