package id.kalbarprov.loket.robustness;

import id.kalbarprov.loket.store.Database;
import id.kalbarprov.loket.ui.FxTestSupport;
import id.kalbarprov.loket.ui.common.I18n;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/** What every {@link FormVm} shares: recorded dialogs, Indonesian texts, marking bad fields, reading state. */
abstract class VmForm implements FormVm {

    protected final FxTestSupport.RecordingDialogs dialogs = new FxTestSupport.RecordingDialogs();
    protected final I18n i18n = new I18n(I18n.INDONESIAN);
    protected final Database db;

    VmForm(Database db) {
        this.db = db;
    }

    @Override
    public FxTestSupport.RecordingDialogs dialogs() {
        return dialogs;
    }

    static <T> T mark(Set<String> bad, String field, Values.V<T> v) {
        if (v.bad()) {
            bad.add(field);
        }
        return v.value();
    }

    static <T> T pick(Random r, List<T> from) {
        return from.get(r.nextInt(from.size()));
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static String strip(String s) {
        return s == null ? "" : s.strip();
    }

    static String shorten(Object o) {
        String s = String.valueOf(o);
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }

    /** Each query's single number, and every setting, keyed by what it is. */
    protected Map<String, Object> read(String... countQueries) {
        return db.jdbi().withHandle(h -> {
            Map<String, Object> m = new LinkedHashMap<>();
            for (String sql : countQueries) {
                m.put(sql, h.createQuery(sql).mapTo(Long.class).one());
            }
            m.put("audit_log", h.createQuery("SELECT count(*) FROM audit_log").mapTo(Long.class).one());
            h.createQuery("SELECT key, value FROM setting ORDER BY key").map((rs, ctx) ->
                    Map.entry(rs.getString(1), String.valueOf(rs.getString(2)))).forEach(e ->
                    m.put("setting " + e.getKey(), e.getValue()));
            return m;
        });
    }
}
