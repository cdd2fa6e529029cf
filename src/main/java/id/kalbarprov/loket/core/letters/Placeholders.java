package id.kalbarprov.loket.core.letters;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The placeholders a letter template may use, and filling them in. */
public final class Placeholders {

    /** Every placeholder a template may use, in the order the settings screen lists them. */
    public static final List<String> KNOWN = List.of("nomor_surat_pd", "tanggal_surat_pd", "perihal", "nama_pd",
            "layanan", "nomor_agenda", "rincian", "kekurangan", "alasan");

    /** The placeholders of the complaint reply letter (decision 0011). */
    public static final List<String> REPLY = List.of("nomor_pengaduan", "tanggal_pengaduan", "saluran",
            "nama_pengadu", "instansi_pengadu", "isi_pengaduan", "jawaban", "layanan", "nomor_agenda",
            "tentang_layanan");

    /** The placeholders a template of {@code kind} may use. */
    public static List<String> known(LetterKind kind) {
        return kind == LetterKind.BALASAN_PENGADUAN ? REPLY : KNOWN;
    }

    private static final Pattern TOKEN = Pattern.compile("\\{([^{}\\s]*)}");

    private Placeholders() {
    }

    /** The placeholders in {@code text} that are not {@link #KNOWN}, in order, each once. */
    public static List<String> unknown(String text) {
        return unknown(text, KNOWN);
    }

    /** The placeholders in {@code text} that are not in {@code known}, in order, each once. */
    public static List<String> unknown(String text, List<String> known) {
        Set<String> out = new LinkedHashSet<>();
        if (text != null) {
            Matcher m = TOKEN.matcher(text);
            while (m.find()) {
                if (!known.contains(m.group(1))) {
                    out.add("{" + m.group(1) + "}");
                }
            }
        }
        return new ArrayList<>(out);
    }

    /** {@code text} with each known placeholder replaced by its value ("" when absent). */
    public static String fill(String text, Map<String, String> values) {
        Matcher m = TOKEN.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String value = values.containsKey(name) ? values.get(name)
                    : KNOWN.contains(name) || REPLY.contains(name) ? "" : m.group();
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? "" : value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
