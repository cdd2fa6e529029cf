package id.kalbarprov.loket.store;

import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * The agencies a typed word names: the word's tokens one after another in an agency's abbreviation
 * or in its name, as a word matches a field ({@link SearchText#matches}): "dinkes" names Dinkes,
 * "kesehatan" every agency with the word in its name. The register finds such a word in the agency
 * column as an agency filter — SQLite through the agency's tag in the word index, PostgreSQL through
 * the letters' agency index — or'ed with the word in the letter's own fields.
 */
final class AgencyNames {

    private record Agency(long id, List<String> abbreviation, List<String> name) {
    }

    private final List<Agency> agencies;

    private AgencyNames(List<Agency> agencies) {
        this.agencies = agencies;
    }

    /** Every agency's abbreviation and name as tokens (a few dozen rows). */
    static AgencyNames read(Handle h) {
        return new AgencyNames(h.createQuery("SELECT id, abbreviation, name FROM agency ORDER BY id")
                .map((rs, ctx) -> new Agency(rs.getLong(1), SearchText.tokens(rs.getString(2) == null ? ""
                        : rs.getString(2)), SearchText.tokens(rs.getString(3))))
                .list());
    }

    /** The ids of the agencies {@code word} names, in id order; empty when it names none. */
    List<Long> namedBy(List<String> word) {
        List<Long> out = new ArrayList<>();
        for (Agency a : agencies) {
            if (SearchText.matches(word, a.abbreviation()) || SearchText.matches(word, a.name())) {
                out.add(a.id());
            }
        }
        return out;
    }
}
