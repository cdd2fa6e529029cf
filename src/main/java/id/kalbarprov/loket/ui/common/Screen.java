package id.kalbarprov.loket.ui.common;

import javafx.scene.Node;

/** One room of the app, reached from the navigation. Built once, shown many times. */
public interface Screen {

    /** The root node of the screen. */
    Node view();

    /** Called every time the screen is shown (refresh lists here, off the FX thread). */
    default void onShow() {
    }
}
