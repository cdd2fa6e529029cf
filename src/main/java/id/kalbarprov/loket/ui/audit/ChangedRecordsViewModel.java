package id.kalbarprov.loket.ui.audit;

import java.util.List;

/**
 * What the Admin's panel of records changed behind the app's back shows (issue 12): the first
 * {@link #SHOWN} findings of {@code check}, each in words, and how many more there are.
 */
public final class ChangedRecordsViewModel {

    /** More findings than this are counted, not listed (the full list: {@code loket check}). */
    public static final int SHOWN = 20;

    private final List<String> findings;

    public ChangedRecordsViewModel(List<String> findings) {
        this.findings = List.copyOf(findings);
    }

    public int total() {
        return findings.size();
    }

    /** The findings listed in the panel, in {@code check}'s order. */
    public List<String> shown() {
        return findings.subList(0, Math.min(SHOWN, findings.size()));
    }

    /** How many findings the panel does not list. */
    public int rest() {
        return findings.size() - shown().size();
    }
}
