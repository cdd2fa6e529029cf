package id.kalbarprov.loket.core.register;

import id.kalbarprov.loket.core.letters.Letterhead;
import id.kalbarprov.loket.core.request.RequestState;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The Buku Agenda of a period (issue 14): every incoming letter received from {@code from} to {@code to},
 * in agenda-number order, read with the register's own query a thousand rows at a time, written as XLSX
 * or as a PDF/A (landscape A4 with the letterhead) by the renderers in documents/. Used by the
 * {@code agenda-export} command and by Surat Masuk → Buku Agenda.
 */
public final class AgendaBookExport {

    /** How the book is written; told by the file name's ending. */
    public enum Format {
        XLSX("xlsx"), PDF("pdf");

        private final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        public String extension() {
            return extension;
        }

        /** The format a file name ends in ({@code .xlsx}, {@code .pdf}, any case), if either. */
        public static Optional<Format> ofFileName(String name) {
            String n = name.toLowerCase(Locale.ROOT);
            for (Format f : values()) {
                if (n.endsWith("." + f.extension)) {
                    return Optional.of(f);
                }
            }
            return Optional.empty();
        }
    }

    /** What a renderer writes: the rows in order, the period, the letterhead, when, and each row's state in words. */
    public record Book(List<LetterRow> rows, LocalDate from, LocalDate to, Letterhead letterhead, LocalDateTime madeAt,
                       Function<RequestState, String> stateName) {
        public Book {
            rows = List.copyOf(rows);
        }
    }

    /** Writes a book as the bytes of one file. */
    @FunctionalInterface
    public interface Renderer {
        byte[] render(Book book);
    }

    /** The file's bytes and how many letters are in it. */
    public record Written(int letters, byte[] bytes) {
    }

    /** A month, a year, or a range of received dates. */
    public record Period(LocalDate from, LocalDate to) {
        public Period {
            if (to.isBefore(from)) {
                throw new IllegalArgumentException("to before from");
            }
        }

        public static Period month(YearMonth m) {
            return new Period(m.atDay(1), m.atEndOfMonth());
        }

        public static Period year(int year) {
            return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        }
    }

    private static final int PAGE = 1000;

    private final LetterSearch search;
    private final Supplier<Letterhead> letterhead;
    private final Map<Format, Renderer> renderers;
    private final Function<RequestState, String> stateName;
    private final Clock clock;

    public AgendaBookExport(LetterSearch search, Supplier<Letterhead> letterhead, Map<Format, Renderer> renderers,
                            Function<RequestState, String> stateName, Clock clock) {
        this.search = search;
        this.letterhead = letterhead;
        this.renderers = Map.copyOf(renderers);
        this.stateName = stateName;
        this.clock = clock;
    }

    /** The letters received in {@code p}, in agenda-number order. */
    public List<LetterRow> rows(Period p) {
        LetterFilter filter = LetterFilter.ALL.withRange(p.from(), p.to()).sortedBy(LetterFilter.SortKey.AGENDA, true);
        List<LetterRow> rows = new ArrayList<>();
        for (int offset = 0; ; offset += PAGE) {
            Page<LetterRow> page = search.search(filter, offset, PAGE);
            rows.addAll(page.items());
            if (!page.hasMore()) {
                return rows;
            }
        }
    }

    /** The book of {@code p} written as {@code format}. */
    public Written write(Period p, Format format) {
        List<LetterRow> rows = rows(p);
        Letterhead head = format == Format.PDF ? letterhead.get() : null;
        Book book = new Book(rows, p.from(), p.to(), head, LocalDateTime.now(clock).withNano(0), stateName);
        return new Written(rows.size(), renderers.get(format).render(book));
    }
}
