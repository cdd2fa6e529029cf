package id.kalbarprov.loket.store;

import static org.assertj.core.api.Assertions.assertThat;

import id.kalbarprov.loket.core.register.LetterFilter;
import id.kalbarprov.loket.core.register.LetterRow;
import id.kalbarprov.loket.core.register.Total;
import id.kalbarprov.loket.core.request.RequestState;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import id.kalbarprov.loket.core.calendar.DueStatus;
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
                assertThat(paged).hasSize(letters.count(base).value());
                assertThat(paged).extracting(LetterRow::agency)
                        .containsExactlyElementsOf(expected.stream().map(LetterRow::agency).toList());
                assertThat(paged).extracting(LetterRow::receivedAt)
                        .containsExactlyElementsOf(expected.stream().map(LetterRow::receivedAt).toList());
            }
        }
    }

    @Test
    void textFindsEveryWordInAnyOrder() {
        int both = letters.count(LetterFilter.ALL.withText("password reset")).value();
        assertThat(both).isPositive().isEqualTo(letters.count(LetterFilter.ALL.withText("reset password")).value());
        assertThat(letters.search(LetterFilter.ALL.withText("password reset"), 0, 500).items())
                .allSatisfy(r -> assertThat(r.subject()).containsIgnoringCase("reset").containsIgnoringCase("password"));
        assertThat(letters.count(LetterFilter.ALL.withText("password zzzqqq")).value()).isZero();
    }

    /**
     * Every way the word search can take — the index walk with tags and key ranges, the walk checking
     * state/open/due on the rows, and the other way round when few of the newest matches pass — pages
     * through exactly the letters a plain reading of every letter finds, in the register's order.
     */
    @Test
    void wordSearchWithEveryFilterAgreesWithReadingEveryLetter() {
        Database db = backend.open(dir.resolve("oracle"));
        DemoData.write(db, 600, 5, LocalDate.of(2026, 11, 23));
        java.time.Clock monday = java.time.Clock.fixed(java.time.LocalDateTime.of(2026, 11, 23, 10, 0)
                .atZone(java.time.ZoneId.systemDefault()).toInstant(), java.time.ZoneId.systemDefault());
        ReferenceStore ref = new ReferenceStore(db);
        LetterStore normal = new LetterStore(db, () -> ref.calendar(new SettingsStore(db)), monday);
        LetterStore otherWay = new LetterStore(db, () -> ref.calendar(new SettingsStore(db)), monday).searchLimits(3, 5);
        Map<Long, List<List<String>>> fields = new java.util.HashMap<>();
        Map<Long, Object[]> facts = new java.util.HashMap<>();
        db.jdbi().useHandle(h -> h.createQuery("""
                        SELECT l.id, l.agenda_number, l.letter_number, l.subject, l.signer_name, a.abbreviation, a.name,
                               l.received_at, l.agency_id, l.service_id, l.state FROM letter l JOIN agency a ON a.id = l.agency_id""")
                .map((rs, ctx) -> {
                    List<List<String>> f = new ArrayList<>();
                    for (int c = 2; c <= 7; c++) {
                        f.add(SearchText.tokens(rs.getString(c) == null ? "" : rs.getString(c)));
                    }
                    fields.put(rs.getLong(1), f);
                    facts.put(rs.getLong(1), new Object[]{rs.getString(8), rs.getLong(9), rs.getLong(10), rs.getString(11)});
                    return 0;
                }).list());
        long email = ref.services().get(2).id();
        long agency = ref.agencies().stream().filter(a -> "Dinkes".equals(a.abbreviation())).findFirst().orElseThrow().id();
        List<LetterFilter> filters = new ArrayList<>();
        for (String text : List.of("permohonan", "dinkes", "reset pass", "Zoom", "rapat koord", "Kesehatan Provinsi",
                "sm/2025", "0012/SM", "ahmad", "jaringan zzz")) {
            LetterFilter t = LetterFilter.ALL.withText(text);
            filters.add(t);
            filters.add(t.sortedBy(LetterFilter.SortKey.RECEIVED, true));
            filters.add(t.withState(RequestState.SELESAI));
            filters.add(t.withState(RequestState.DIKAJI));
            filters.add(t.withOpenOnly());
            filters.add(t.withService(email));
            filters.add(t.withAgency(agency).withState(RequestState.DITOLAK));
            filters.add(t.withRange(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 6, 30)));
            filters.add(t.withDue(DueStatus.OVERDUE));
        }
        for (LetterFilter f : filters) {
            List<Long> all = normal.search(f.withText(null).sortedBy(LetterFilter.SortKey.RECEIVED, f.ascending()),
                    0, 10_000).items().stream().map(LetterRow::id).toList();
            List<List<String>> words = SearchText.of(f.text()).words();
            List<Long> expected = all.stream().filter(id -> words.stream().allMatch(w -> {
                List<List<String>> fs = fields.get(id);
                return fs.stream().anyMatch(x -> SearchText.matches(w, x));
            })).toList();
            for (LetterStore store : List.of(normal, otherWay)) {
                String what = f + (store == otherWay ? " (asked the other way round)" : "");
                assertThat(ids(store, f)).as(what).isEqualTo(expected);
                var total = store.count(f);
                if (total.exact()) {
                    assertThat(total.value()).as(what).isEqualTo(expected.size());
                } else {
                    assertThat(expected.size()).as(what).isGreaterThan(total.value());
                }
            }
        }
        assertThat(facts).hasSize(600);
    }

    /**
     * Typing an agency's abbreviation finds every letter of that agency and every other letter that
     * mentions the word, newest first; after the agency is renamed, its new name finds its letters.
     */
    @Test
    void aWordNamingAnAgencyFindsItsLettersAndTheLettersMentioningIt() {
        Database db = backend.open(dir);
        long mentions = letter(db, 10043, 7, "045/771/Diskes", "Balasan atas surat Dinkes tentang jaringan");
        long other = letter(db, 10044, 7, "045/772/Diskes", "Permohonan subdomain");
        List<Long> ofDinkes = ids(letters, LetterFilter.ALL.withAgency(5L));
        assertThat(ofDinkes).hasSizeGreaterThan(3);

        List<Long> found = ids(letters, LetterFilter.ALL.withText("Dinkes"));
        List<Long> wanted = concat(ofDinkes, List.of(mentions));
        assertThat(found).as("the agency's letters and the letter that mentions it, in the register's order")
                .containsExactlyElementsOf(ids(letters, LetterFilter.ALL).stream().filter(wanted::contains).toList());
        assertThat(letters.count(LetterFilter.ALL.withText("Dinkes"))).isEqualTo(Total.exactly(ofDinkes.size() + 1));
        assertThat(ids(letters, LetterFilter.ALL.withText("dinkes jaringan")))
                .as("each word in the agency or in the letter").contains(mentions).doesNotContain(other)
                .allMatch(id -> id == mentions || ofDinkes.contains(id));
        assertThat(ids(letters, LetterFilter.ALL.withText("kesehatan provinsi"))).as("words of the agency's name")
                .containsAll(ofDinkes).doesNotContain(mentions, other);

        Backend.behindTheAppsBack(db, "UPDATE agency SET abbreviation = 'Kesda' WHERE id = 5");
        assertThat(ids(letters, LetterFilter.ALL.withText("kesda"))).as("the agency's new abbreviation")
                .containsExactlyInAnyOrderElementsOf(ofDinkes);
    }

    /**
     * A word most letters hold, filtered to a state that only a few letters are in: when those fit on one
     * page the total is their number, exact, not "lebih dari" one less (the register's page of 100 and
     * its 2,000 newest matches, scaled down to a page of 10 and 100 matches).
     */
    @Test
    void aRowFilterLeavingFewerThanAPageIsCountedExactly() {
        LetterStore scaled = letters.searchLimits(100, 10_000);
        LetterFilter word = LetterFilter.ALL.withText("permohonan");
        assertThat(ids(scaled, word)).as("more matches than the walk reads").hasSizeGreaterThan(100);
        int checked = 0;
        for (RequestState state : RequestState.values()) {
            LetterFilter f = word.withState(state);
            var page = scaled.search(f, 0, 10);
            if (!page.hasMore() && !page.items().isEmpty()) {
                assertThat(scaled.count(f)).as(f.toString()).isEqualTo(Total.exactly(page.items().size()));
                checked++;
            }
        }
        assertThat(checked).as("states with fewer letters than a page").isPositive();
    }

    private static List<Long> concat(List<Long> a, List<Long> b) {
        List<Long> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
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
        int all = letters.count(LetterFilter.ALL).value();
        assertThat(all).isPositive();
        assertThat(letters.count(LetterFilter.ALL.withText("%")).value()).as("no letter number holds a %").isZero();
        assertThat(letters.count(LetterFilter.ALL.withText("_")).value()).isZero();
        assertThat(letters.count(LetterFilter.ALL.withText("/")).value()).as("no letter or digit: nothing to find").isZero();
        assertThat(letters.count(LetterFilter.ALL.withText("sm")).value()).as("a short word matches a whole word")
                .isEqualTo(all);
    }

    @Test
    void controlCharactersInTheSearchTextAreSpaces() {
        LetterRow any = letters.search(LetterFilter.ALL, 0, 1).items().get(0);
        String word = java.util.Arrays.stream(any.subject().split(" ")).filter(w -> w.length() >= 3).findFirst()
                .orElseThrow();
        LetterFilter plain = new LetterFilter(word, null, null, null, null, null, null, false,
                LetterFilter.SortKey.RECEIVED, false);
        LetterFilter pasted = new LetterFilter("\u0000" + word + "\u0000\t\u0007", null, null, null, null, null,
                null, false, LetterFilter.SortKey.RECEIVED, false);
        assertThat(letters.count(pasted).value()).isEqualTo(letters.count(plain).value()).isPositive();
        assertThat(letters.search(pasted, 0, 500).items()).extracting(LetterRow::id)
                .containsExactlyElementsOf(letters.search(plain, 0, 500).items().stream().map(LetterRow::id).toList());
        assertThat(letters.count(new LetterFilter("a\u0000b", null, null, null, null, null, null, false,
                LetterFilter.SortKey.RECEIVED, false)).value()).isNotNegative();
    }
    /**
     * A typed agenda or letter number finds exactly its letter: 0042/SM/2031 is not 10042/SM/2031,
     * nor a letter that only mentions the number in its subject; the letter number is found whatever
     * the case and spaces, across agencies; a partial number still finds every letter it starts.
     */
    @Test
    void aTypedNumberFindsExactlyItsLetter() {
        Database db = backend.open(dir);
        long wanted = letter(db, 42, 5, "800/42/Dinkes-Sekr", "Permohonan Pembuatan Akun Email Kedinasan");
        long longer = letter(db, 10042, 5, "800/10042/Dinkes-Sekr", "Permohonan Reset Password Email");
        long mentions = letter(db, 10043, 7, "045/771/Diskes", "Balasan atas surat 0042/SM/2031 dan 800/42/Dinkes-Sekr");
        long sameNumber = letter(db, 10044, 7, "800/42/DINKES-SEKR", "Permohonan Subdomain");

        assertThat(ids(letters, LetterFilter.ALL.withText("0042/SM/2031"))).containsExactly(wanted);
        assertThat(letters.count(LetterFilter.ALL.withText("0042/SM/2031")).value()).isEqualTo(1);
        assertThat(ids(letters, LetterFilter.ALL.withText(" 0042/sm/2031 "))).containsExactly(wanted);
        assertThat(ids(letters, LetterFilter.ALL.withText("10042/SM/2031"))).containsExactly(longer);
        assertThat(ids(letters, LetterFilter.ALL.withText("800/42/dinkes-sekr")))
                .as("the letter number in any case, in both agencies").containsExactlyInAnyOrder(wanted, sameNumber);
        assertThat(ids(letters, LetterFilter.ALL.withText("800/42/Dinkes-Sekr").withAgency(5L)))
                .containsExactly(wanted);
        assertThat(ids(letters, LetterFilter.ALL.withText("0042/SM/2031").withState(RequestState.SELESAI)))
                .as("the other filters still apply").isEmpty();
        assertThat(ids(letters, LetterFilter.ALL.withText("0042/SM/2031").sortedBy(LetterFilter.SortKey.AGENCY, true)))
                .containsExactly(wanted);
        assertThat(ids(letters, LetterFilter.ALL.withText("0042/SM")))
                .as("a partial number: every letter with 0042/SM..., none with 10042")
                .contains(wanted, mentions).doesNotContain(longer, sameNumber);
        assertThat(ids(letters, LetterFilter.ALL.withText("0042/SM/2031"))).doesNotContain(mentions);
        assertThat(letters.search(LetterFilter.ALL.withText("0042/SM/2031"), 0, 25).items().get(0).agendaNumber())
                .isEqualTo("0042/SM/2031");
    }

    /** A letter of agenda year 2031 (beyond the demo letters), number {@code seq}, put in with plain SQL. */
    private static long letter(Database db, int seq, long agency, String number, String subject) {
        return db.jdbi().inTransaction(h -> h.createUpdate("""
                        INSERT INTO letter (agenda_year, agenda_seq, agenda_number, received_at, agency_id,
                            letter_number, letter_number_key, letter_date, subject, service_id, signer_role,
                            signer_name, state, clock_start, created_by, created_at, version)
                        VALUES (2031, :seq, :agenda, '2026-11-16T09:00', :agency, :number, :key, '2026-11-13',
                            :subject, 3, 'KEPALA_PD', 'dr. Erna Yulianti', 'DIKAJI', '2026-11-16', 'test',
                            '2026-11-16T09:00', 1)""")
                .bind("seq", seq).bind("agenda", String.format("%04d/SM/2031", seq)).bind("agency", agency)
                .bind("number", number).bind("key", LetterStore.numberKey(number)).bind("subject", subject)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
    }
}
