package id.kalbarprov.loket.core.intake;

import java.time.LocalDateTime;
import java.util.List;

/**
 * One correction of a registered letter as recorded: when, by whom ("Full Name (username)"), why,
 * and each changed field with its value before and after. Values are stored text: dates and times
 * ISO ({@code 2026-11-23}, {@code 2026-11-23T09:15}), the agency by its name, the signer's role by
 * its code; null for an empty field.
 */
public record Correction(LocalDateTime at, String actor, String reason, List<Change> changes) {

    public Correction {
        changes = List.copyOf(changes);
    }

    /** One field, named as in {@link LetterFields}. */
    public record Change(String field, String before, String after) {
    }
}
