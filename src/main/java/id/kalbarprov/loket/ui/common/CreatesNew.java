package id.kalbarprov.loket.ui.common;

/** A screen with a "new ..." form that Ctrl+N opens from anywhere in the window. */
public interface CreatesNew {

    void openNew();
}
