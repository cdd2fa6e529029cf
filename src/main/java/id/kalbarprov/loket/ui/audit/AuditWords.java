package id.kalbarprov.loket.ui.audit;

import id.kalbarprov.loket.core.audit.AuditEntry;
import id.kalbarprov.loket.core.audit.AuditNames;
import id.kalbarprov.loket.core.auth.Person;
import id.kalbarprov.loket.core.catalog.ReferenceData;
import id.kalbarprov.loket.core.text.IndonesianDates;
import id.kalbarprov.loket.ui.common.I18n;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The audit log in the words of the office (issue 13): every entity, action, field and state by its
 * Indonesian name, people by full name, records by their agenda or letter number, dates as
 * dd-mm-yyyy and times as HH.mm, ids of agencies, services, channels and categories by name.
 *
 * <p>Field names are looked up without regard to case, underscores and dots, so {@code receivedAt},
 * {@code received_at} (a full row as stored) and {@code letters.signer.name} (a setting key) each find
 * their {@code audit.field.*} text.
 */
final class AuditWords {

    private static final Pattern TRANSITION = Pattern.compile("transition (\\w+) -> (\\w+)");
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]+");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern TIME = Pattern.compile("\\d{2}:\\d{2}(:\\d{2})?");
    private static final Pattern DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?");
    /** Where a code value (a state, a kind) finds its words, in this order. */
    private static final List<String> VALUE_PREFIXES = List.of("audit.value.", "state.", "complaintState.",
            "letterKind.", "letterDelivery.", "complaintDelivery.", "role.", "holidayKind.", "letters.paper.",
            "signer.", "workflow.kind.");
    /** Fields that hold a username. */
    private static final Set<String> PEOPLE = Set.of("reviewer", "processor", "createdby", "updatedby", "issuedby",
            "cancelledby", "correctedby");
    /** Fields stored as 0/1 that mean no/yes. */
    private static final Set<String> FLAGS = Set.of("active", "anonymous", "mustchangepassword", "letterssignerpppk",
            "signerpppk", "pppk", "complete", "fulfilled");

    private final I18n i18n;
    private final AuditNames names;
    private final Map<String, Function<Long, String>> ids = new HashMap<>();
    private final Map<String, String> fieldWords = new HashMap<>();

    AuditWords(I18n i18n, AuditNames names, ReferenceData reference) {
        this.i18n = i18n;
        this.names = names == null ? AuditNames.NONE : names;
        if (reference != null) {
            ids.put("agencyid", id -> reference.agencies().stream().filter(a -> a.id() == id).findFirst()
                    .map(a -> a.abbreviation() == null ? a.name() : a.abbreviation()).orElse(null));
            ids.put("serviceid", id -> reference.services().stream().filter(s -> s.id() == id).findFirst()
                    .map(s -> s.name()).orElse(null));
            ids.put("channelid", id -> reference.complaintChannels().stream().filter(c -> c.id() == id).findFirst()
                    .map(c -> c.name()).orElse(null));
            ids.put("categoryid", id -> reference.complaintCategories().stream().filter(c -> c.id() == id)
                    .findFirst().map(c -> c.name()).orElse(null));
        }
        ids.put("letterid", id -> this.names.label("letter", String.valueOf(id)));
        ids.put("complaintid", id -> this.names.label("complaint", String.valueOf(id)));
        for (String key : i18n.keys("audit.field.")) {
            fieldWords.put(normal(key.substring("audit.field.".length())), i18n.t(key));
        }
    }

    static String normal(String name) {
        return name.replace("_", "").replace(".", "").replace("-", "").toLowerCase(Locale.ROOT);
    }

    /** The person who acted: "Budi Santoso (budi)" → "Budi Santoso"; a username alone → the full name. */
    String actor(String recorded) {
        String name = Person.nameOf(recorded);
        String full = names.person(name);
        return full != null ? full : name;
    }

    /** The record: "Surat masuk 000123/SM/2026", "Operator Budi Santoso", "Pengaturan Kantor". */
    String what(AuditEntry e) {
        String entity = entity(e.entity());
        String label = names.label(e.entity(), e.entityId());
        if (label == null) {
            label = idWord(e.entity(), e.entityId());
        }
        return label == null || label.isBlank() ? entity : entity + " " + label;
    }

    String entity(String name) {
        if (name == null || name.isBlank()) {
            return i18n.t("audit.entity.all");
        }
        return word("audit.entity.", name);
    }

    /** A record without a label: a setting's area, a holiday's date, a template's service and kind. */
    private String idWord(String entity, String id) {
        if (id == null) {
            return null;
        }
        if (DATE.matcher(id).matches()) {
            return value("date", id);
        }
        if ("setting".equals(entity)) {
            return word("audit.setting.", id);
        }
        if ("letter_template".equals(entity) && id.contains("/")) {
            String[] p = id.split("/", 2);
            String service = "PENGADUAN".equals(p[0]) ? i18n.t("audit.value.PENGADUAN") : word("workflow.kind.", p[0]);
            return service + " · " + value("kind", p[1]);
        }
        return id.matches("\\d+") ? i18n.t("audit.noLabel", id) : id;
    }

    /** What was done: "Status diubah: Dikaji → Dikembalikan ke PD", "Diterbitkan", "Diverifikasi". */
    String action(AuditEntry e) {
        String a = e.action() == null ? "" : e.action();
        Matcher m = TRANSITION.matcher(a);
        if (m.matches()) {
            return i18n.t("audit.action.transition", value("state", m.group(1)), value("state", m.group(2)));
        }
        if (a.startsWith("import ")) {
            return i18n.t("audit.action.importFrom", a.substring("import ".length()));
        }
        String key = "audit.action." + a;
        if (i18n.has(key)) {
            return i18n.t(key);
        }
        String upper = a.toUpperCase(Locale.ROOT);
        return "complaint".equals(e.entity()) && i18n.has("complaintState." + upper) ? i18n.t("complaintState." + upper)
                : a;
    }

    /** Only what changed: "Perihal: Lama → Baru"; a new or removed record lists its filled fields. */
    String change(String beforeJson, String afterJson) {
        Map<String, String> before = FlatJson.parse(beforeJson);
        Map<String, String> after = FlatJson.parse(afterJson);
        Set<String> keys = new LinkedHashSet<>(before.keySet());
        keys.addAll(after.keySet());
        // "history.<n>": the letter's history row copied into its entry for check (issue 12); the entry's
        // own status change already says it in words
        keys.removeIf(k -> k.startsWith("history."));
        // the SHA-256 of an operator's password hash, for check: "Kata sandi: diganti" already says it
        keys.remove("passwordHashSha256");
        List<String> parts = new ArrayList<>();
        for (String k : keys) {
            String b = before.get(k);
            String a = after.get(k);
            String name = field(k);
            if (beforeJson == null || afterJson == null) {
                String v = beforeJson == null ? a : b;
                // a "no" is left out of a new or removed row, except whether an operator is active
                // (demo-data's people are created inactive: the log says so)
                if (v != null && !v.isEmpty() && (!"false".equals(v) || k.equals("active"))) {
                    parts.add(name + ": " + value(k, v));
                }
            } else if (!Objects.equals(a, b)) {
                parts.add(name + ": " + value(k, b) + " → " + value(k, a));
            }
        }
        return String.join("; ", parts);
    }

    /** The field's name in words, or the name itself when there is none (the test of the words catches it). */
    String field(String name) {
        String w = fieldWords.get(normal(name));
        return w != null ? w : name;
    }

    /** A value in words: yes/no, states and kinds, names for ids and usernames, dates, "–" for nothing. */
    String value(String field, String v) {
        if (v == null || v.isEmpty()) {
            return "–";
        }
        String f = normal(field);
        if (v.equals("true") || v.equals("false")) {
            return i18n.t(v.equals("true") ? "common.yes" : "common.no");
        }
        if (FLAGS.contains(f) && (v.equals("0") || v.equals("1"))) {
            return i18n.t(v.equals("1") ? "common.yes" : "common.no");
        }
        if (PEOPLE.contains(f)) {
            String full = names.person(v);
            return full != null ? full : actor(v);
        }
        Function<Long, String> byId = ids.get(f);
        if (byId != null && v.matches("\\d{1,18}")) {
            String name = byId.apply(Long.parseLong(v));
            return name != null ? name : v;
        }
        if (v.startsWith("{") && v.endsWith("}")) { // a form's details, e.g. what processing recorded
            List<String> out = new ArrayList<>();
            FlatJson.parse(v).forEach((k, x) -> out.add((i18n.has("processing." + k) ? i18n.t("processing." + k)
                    : field(k)) + " " + value(k, x)));
            return String.join(", ", out);
        }
        if (f.equals("roles")) {
            List<String> out = new ArrayList<>();
            for (String r : v.split(",")) {
                out.add(word("role.", r.strip()));
            }
            return String.join(", ", out);
        }
        if (DATE.matcher(v).matches()) {
            try {
                return IndonesianDates.shortDate(LocalDate.parse(v));
            } catch (RuntimeException e) {
                return v;
            }
        }
        if (DATE_TIME.matcher(v).matches()) {
            try {
                return IndonesianDates.shortDateTime(LocalDateTime.parse(v));
            } catch (RuntimeException e) {
                return v;
            }
        }
        if (TIME.matcher(v).matches()) {
            return v.substring(0, 5).replace(':', '.'); // times as HH.mm, like every time in Loket
        }
        if (CODE.matcher(v).matches()) {
            return code(v);
        }
        if (Set.of("kind", "state", "status").contains(f) && v.matches("[a-z_]+")) {
            return code(v.toUpperCase(Locale.ROOT)); // a holiday's kind is stored as "cuti_bersama"
        }
        // "KEPALA_PD dr. Erna Yulianti": a code, then a name
        int space = v.indexOf(' ');
        if (space > 0 && CODE.matcher(v.substring(0, space)).matches()) {
            return code(v.substring(0, space)) + " " + v.substring(space + 1);
        }
        return v;
    }

    private String code(String v) {
        for (String prefix : VALUE_PREFIXES) {
            if (i18n.has(prefix + v)) {
                return i18n.t(prefix + v);
            }
        }
        return v;
    }

    /** The text of {@code prefix + name}, or the name itself when there is none. */
    private String word(String prefix, String name) {
        String key = prefix + name;
        return i18n.has(key) ? i18n.t(key) : name;
    }
}
