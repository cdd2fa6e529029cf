package id.kalbarprov.loket.ui.common;

import id.kalbarprov.loket.core.register.LetterFilter;

/** A screen that lists letters and can be opened with a filter already applied. */
public interface LetterFilterTarget {

    void applyFilter(LetterFilter filter);
}
