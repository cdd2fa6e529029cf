package id.kalbarprov.loket.store;

import static org.assertj.core.api.Assertions.assertThat;

import id.kalbarprov.loket.core.register.LetterFilter;
import id.kalbarprov.loket.core.register.LetterRow;
import id.kalbarprov.loket.core.request.RequestState;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

/** The register's paging and sorting agree with a plain in-memory sort of every matching letter. */
@OnBothBackends
class RegisterQueryStoreTest {

    @Parameter
    Backend backend;

    @TempDir
    Path dir;
    LetterStore letters;

    @BeforeEach
    void open() {
        Database db = backend.open(dir);
        DemoData.write(db, 300, 11, LocalDate.of(2026, 11, 23));
        letters = new LetterStore(db);
    }

    List<LetterRow> allPages(LetterFilter f, int pageSize) {
        List<LetterRow> out = new ArrayList<>();
        for (int offset = 0; ; offset += pageSize) {
            var page = letters.search(f, offset, pageSize);
            out.addAll(page.items());
            if (!page.hasMore()) {
                return out;
            }
        }
    }

    @Test
    void sortingByAgencyPagesThroughEveryLetterInAgencyOrderNewestFirstWithin() {
        for (boolean asc : new boolean[] {true, false}) {
            for (LetterFilter base : List.of(LetterFilter.ALL, LetterFilter.ALL.withState(RequestState.SELESAI))) {
                LetterFilter f = base.sortedBy(LetterFilter.SortKey.AGENCY, asc);
                List<LetterRow> paged = allPages(f, 37);
                List<LetterRow> expected = new ArrayList<>(letters.search(base, 0, 10_000).items());
                Comparator<LetterRow> byAgency = Comparator.comparing(LetterRow::agency);
                expected.sort((asc ? byAgency : byAgency.reversed())
                        .thenComparing(LetterRow::receivedAt, Comparator.reverseOrder()));
                assertThat(paged).hasSize(letters.count(base));
                assertThat(paged).extracting(LetterRow::agency)
                        .containsExactlyElementsOf(expected.stream().map(LetterRow::agency).toList());
                assertThat(paged).extracting(LetterRow::receivedAt)
                        .containsExactlyElementsOf(expected.stream().map(LetterRow::receivedAt).toList());
            }
        }
    }

    @Test
    void textFindsEveryWordInAnyOrder() {
        int both = letters.count(LetterFilter.ALL.withText("password reset"));
        assertThat(both).isPositive().isEqualTo(letters.count(LetterFilter.ALL.withText("reset password")));
        assertThat(letters.search(LetterFilter.ALL.withText("password reset"), 0, 500).items())
                .allSatisfy(r -> assertThat(r.subject()).containsIgnoringCase("reset").containsIgnoringCase("password"));
        assertThat(letters.count(LetterFilter.ALL.withText("password zzzqqq"))).isZero();
    }

    /** Regression (robustness test): a pasted NUL in the search field ended in an unexpected-error dialog. */
    @Test
    void aBroadTextSearchWalkingTheDateIndexFindsTheSameLettersAsFetchingEveryMatch() {
        for (String text : List.of("permohonan", "Dinkes", "email kedinasan", "0129/SM", "SM/2026")) {
            for (boolean ascending : List.of(false, true)) {
                LetterFilter f = LetterFilter.ALL.withText(text);
                if (ascending) {
                    f = new LetterFilter(f.text(), null, null, null, null, null, null, false,
                            LetterFilter.SortKey.RECEIVED, true);
                }
                List<Long> byId = ids(letters.walkDatesAbove(Integer.MAX_VALUE), f);
                List<Long> byDate = ids(letters.walkDatesAbove(0), f);
                assertThat(byDate).as(text + (ascending ? " oldest first" : " newest first")).isEqualTo(byId);
                assertThat(letters.count(f)).as("count of " + text).isEqualTo(allPages(f, 1000).size());
            }
        }
        letters.walkDatesAbove(LetterStore.BROAD_MATCHES);
        assertThat(ids(letters, LetterFilter.ALL.withText("permohonan"))).isNotEmpty();
    }

    List<Long> ids(LetterStore store, LetterFilter f) {
        List<Long> out = new ArrayList<>();
        for (int offset = 0; ; offset += 40) {
            var page = store.search(f, offset, 40);
            page.items().forEach(r -> out.add(r.id()));
            if (!page.hasMore()) {
                return out;
            }
        }
    }

    @Test
    void percentAndUnderscoreAreSearchedAsTypedNotAsWildcards() {
        int all = letters.count(LetterFilter.ALL);
        assertThat(all).isPositive();
        assertThat(letters.count(LetterFilter.ALL.withText("%"))).as("no letter number holds a %").isZero();
        assertThat(letters.count(LetterFilter.ALL.withText("_"))).isZero();
        assertThat(letters.count(LetterFilter.ALL.withText("/"))).as("a short text still matches numbers").isEqualTo(all);
    }

    @Test
    void controlCharactersInTheSearchTextAreSpaces() {
        LetterRow any = letters.search(LetterFilter.ALL, 0, 1).items().get(0);
        String word = java.util.Arrays.stream(any.subject().split(" ")).filter(w -> w.length() >= 3).findFirst()
                .orElseThrow();
        LetterFilter plain = new LetterFilter(word, null, null, null, null, null, null, false,
                LetterFilter.SortKey.RECEIVED, false);
        LetterFilter pasted = new LetterFilter("\u0000" + word + "\u0000\tab\u0007", null, null, null, null, null,
                null, false, LetterFilter.SortKey.RECEIVED, false);
        assertThat(letters.count(pasted)).isEqualTo(letters.count(plain)).isPositive();
        assertThat(letters.search(pasted, 0, 500).items()).extracting(LetterRow::id)
                .containsExactlyElementsOf(letters.search(plain, 0, 500).items().stream().map(LetterRow::id).toList());
        assertThat(letters.count(new LetterFilter("a\u0000b", null, null, null, null, null, null, false,
                LetterFilter.SortKey.RECEIVED, false))).isNotNegative();
    }
}
