package id.kalbarprov.loket.store;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The register's search text, as the search reads it: typed words (split at spaces), each made of
 * tokens — runs of letters and digits, lower case, accents removed — as the full-text index splits
 * the letters ("005/1/Din" is the tokens 005, 1, din). A word matches a letter when its tokens
 * follow each other in one field, the last one as the start of a token when it has three or more
 * characters: "jaring" finds "jaringan", "0042/SM/2025" finds that number but not 10042/SM/2025.
 */
final class SearchText {

    /** Longer than any field the register searches (the subject: 500). */
    static final int MAX = 1_000;
    /** A last token this long or longer matches the start of a word; shorter ones match whole tokens. */
    static final int MIN_PREFIX = 3;

    private final String text;
    private final List<List<String>> words;

    private SearchText(String text, List<List<String>> words) {
        this.text = text;
        this.words = words;
    }

    /** The text as typed; control characters (a pasted NUL, tabs) are spaces. */
    static SearchText of(String typed) {
        String text = typed == null ? "" : typed.replaceAll("\\p{Cntrl}", " ").strip();
        List<List<String>> words = new ArrayList<>();
        if (text.length() <= MAX) {
            for (String w : text.split("\\s+")) {
                List<String> tokens = tokens(w);
                if (!tokens.isEmpty()) {
                    words.add(tokens);
                }
            }
        }
        return new SearchText(text, List.copyOf(words));
    }

    /** No text typed: the text does not filter. */
    boolean empty() {
        return text.isEmpty();
    }

    /** Text that no letter can match: longer than any field, or without a single letter or digit. */
    boolean matchesNothing() {
        return !text.isEmpty() && words.isEmpty();
    }

    String text() {
        return text;
    }

    List<List<String>> words() {
        return words;
    }

    /**
     * The text as a whole may be an agenda or letter number typed in full (a digit and a separator
     * in one word): then the register shows exactly the letters with that number.
     */
    boolean mayBeNumber() {
        return words.size() == 1 && words.get(0).size() > 1 && text.chars().anyMatch(Character::isDigit)
                && text.chars().noneMatch(Character::isWhitespace);
    }

    /** The tokens of {@code s}: runs of letters and digits, lower case, without accents. */
    static List<String> tokens(String s) {
        String folded = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        StringBuilder b = new StringBuilder();
        folded.codePoints().forEach(cp -> {
            if (Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.LETTER_NUMBER
                    || Character.getType(cp) == Character.OTHER_NUMBER || Character.getType(cp) == Character.PRIVATE_USE) {
                b.appendCodePoint(cp);
            } else if (b.length() > 0) {
                out.add(b.toString());
                b.setLength(0);
            }
        });
        if (b.length() > 0) {
            out.add(b.toString());
        }
        return out;
    }

    /** True when {@code word}'s tokens follow each other in {@code field}'s tokens (last one as a start). */
    static boolean matches(List<String> word, List<String> field) {
        for (int start = 0; start + word.size() <= field.size(); start++) {
            boolean all = true;
            for (int i = 0; i < word.size() && all; i++) {
                String want = word.get(i);
                String have = field.get(start + i);
                boolean last = i == word.size() - 1;
                all = last && want.length() >= MIN_PREFIX ? have.startsWith(want) : have.equals(want);
            }
            if (all) {
                return true;
            }
        }
        return false;
    }
}
