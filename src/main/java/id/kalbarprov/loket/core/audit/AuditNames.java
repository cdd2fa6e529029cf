package id.kalbarprov.loket.core.audit;

import java.util.Map;

/**
 * What the audit view needs to name things the way people know them (issue 13): operators' full
 * names by username and by id, and for each entry's record its everyday label (an incoming letter's
 * agenda number, a complaint's or an outgoing letter's number), keyed {@code entity + "/" + id}.
 */
public record AuditNames(Map<String, String> peopleByUsername, Map<String, String> labels) {

    public static final AuditNames NONE = new AuditNames(Map.of(), Map.of());

    public AuditNames {
        peopleByUsername = Map.copyOf(peopleByUsername);
        labels = Map.copyOf(labels);
    }

    /** The record's label, or null when it has none (a setting, a holiday, a removed record). */
    public String label(String entity, String id) {
        return labels.get(entity + "/" + id);
    }

    /** The full name of {@code username}, or null when no such operator exists. */
    public String person(String username) {
        return username == null ? null : peopleByUsername.get(username);
    }
}
