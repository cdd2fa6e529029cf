package id.kalbarprov.loket.core.catalog;

import java.util.Locale;

/** A Perangkat Daerah or one of its UPTs ({@code parentId} set). */
public record Agency(long id, String name, String abbreviation, String kind, Long parentId, boolean active) {

    /** Text shown in pickers: "Dinkes — Dinas Kesehatan Provinsi Kalimantan Barat". */
    public String label() {
        return abbreviation == null || abbreviation.isBlank() ? name : abbreviation + " — " + name;
    }

    /** True when every word of {@code query} occurs in the name or the abbreviation. */
    public boolean matches(String query) {
        if (query == null || query.isBlank()) {
            return true;
        }
        String hay = (name + " " + (abbreviation == null ? "" : abbreviation)).toLowerCase(Locale.ROOT);
        for (String word : query.toLowerCase(Locale.ROOT).trim().split("\\s+")) {
            if (!hay.contains(word)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return label();
    }
}
