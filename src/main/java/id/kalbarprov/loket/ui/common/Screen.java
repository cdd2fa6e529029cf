package id.kalbarprov.loket.ui.common;

import javafx.scene.Node;

/** One room of the app, reached from the navigation. Built once, shown many times. */
public interface Screen {

    /** The root node of the screen. */
    Node view();

    /** Called every time the screen is shown (refresh lists here, off the FX thread). */
    default void onShow() {
    }

    /**
     * Called while the screen shows when the database changed, here or at another desk (live
     * desks): reload lists and counts off the FX thread, keeping the selection, the page and
     * whatever the user is typing. Screens without lists do nothing.
     */
    default void onDataChanged() {
    }
}
