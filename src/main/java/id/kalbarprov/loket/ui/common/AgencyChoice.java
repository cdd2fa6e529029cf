package id.kalbarprov.loket.ui.common;

import id.kalbarprov.loket.core.catalog.Agency;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The one agency type-ahead of every form that names an agency (registration, complaint, register
 * filter): what is typed, the agency chosen and the suggestions for what is typed. Typing never picks an
 * agency by itself; only a suggestion taken (Enter, Tab, a click) or a chosen value does. An exact
 * abbreviation comes first, then names that start with what is typed, then the rest by name.
 */
public final class AgencyChoice {

    static final int MAX_SUGGESTIONS = 8;

    private final ObservableList<Agency> agencies = FXCollections.observableArrayList();
    private final StringProperty query = new SimpleStringProperty("");
    private final ObjectProperty<Agency> chosen = new SimpleObjectProperty<>();
    private final ObservableList<Agency> suggestions = FXCollections.observableArrayList();
    private final boolean inactiveToo;
    private boolean choosing;

    /** For a new record: inactive agencies are not offered. */
    public AgencyChoice() {
        this(false);
    }

    /** {@code inactiveToo}: for a search, where old records of an agency no longer active are found too. */
    public AgencyChoice(boolean inactiveToo) {
        this.inactiveToo = inactiveToo;
        query.addListener((o, a, q) -> queryChanged(q));
        chosen.addListener((o, a, ag) -> {
            if (!choosing) {
                showChosen(ag);
            }
        });
    }

    /** The agencies to choose from (inactive ones are never suggested). */
    public void setAgencies(List<Agency> all) {
        agencies.setAll(all);
    }

    private void queryChanged(String q) {
        if (choosing) {
            return;
        }
        Agency current = chosen.get();
        if (current != null && current.label().equals(q)) {
            return;
        }
        choosing = true;
        try {
            chosen.set(null);
        } finally {
            choosing = false;
        }
        if (q == null || q.isBlank()) {
            suggestions.clear();
            return;
        }
        String lower = q.strip().toLowerCase(Locale.ROOT);
        suggestions.setAll(agencies.stream().filter(a -> (inactiveToo || a.active()) && a.matches(q))
                .sorted(Comparator.comparing((Agency a) -> !lower.equalsIgnoreCase(a.abbreviation()))
                        .thenComparing(a -> !a.name().toLowerCase(Locale.ROOT).startsWith(lower))
                        .thenComparing(Agency::name))
                .limit(MAX_SUGGESTIONS).toList());
    }

    /** The user took {@code a} (null: none). */
    public void choose(Agency a) {
        choosing = true;
        try {
            chosen.set(a);
        } finally {
            choosing = false;
        }
        showChosen(a);
    }

    private void showChosen(Agency a) {
        choosing = true;
        try {
            query.set(a == null ? "" : a.label());
            suggestions.clear();
        } finally {
            choosing = false;
        }
    }

    /** Something was typed that matches no chosen agency. */
    public boolean typedButNotChosen() {
        return chosen.get() == null && query.get() != null && !query.get().isBlank();
    }

    public StringProperty query() {
        return query;
    }

    public ObjectProperty<Agency> chosen() {
        return chosen;
    }

    public ObservableList<Agency> suggestions() {
        return suggestions;
    }

    public ObservableList<Agency> agencies() {
        return agencies;
    }
}
