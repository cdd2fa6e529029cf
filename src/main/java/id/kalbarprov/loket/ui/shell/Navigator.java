package id.kalbarprov.loket.ui.shell;

import id.kalbarprov.loket.core.register.LetterFilter;

/** Lets one screen send the user to another (Beranda's counts open the filtered register). */
public interface Navigator {

    void show(NavItem item);

    /** Opens Surat Masuk with {@code filter} applied to the register. */
    void openRegister(LetterFilter filter);

    /** Opens Pengaturan on the tab with id {@code tabId} (the first tab when this operator has no such tab). */
    default void openSettings(String tabId) {
        show(NavItem.PENGATURAN);
    }
}
