package id.kalbarprov.loket.ui.common;

/** A screen made of tabs that another screen can open at one of them (Beranda's checklist → Pengaturan). */
public interface TabTarget {

    /** Brings the tab with id {@code tabId} forward; false when there is none. */
    boolean select(String tabId);
}
