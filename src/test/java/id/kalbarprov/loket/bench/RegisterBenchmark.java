package id.kalbarprov.loket.bench;

import id.kalbarprov.loket.core.calendar.DueStatus;
import id.kalbarprov.loket.core.register.LetterFilter;
import id.kalbarprov.loket.core.request.RequestState;
import id.kalbarprov.loket.store.Database;
import id.kalbarprov.loket.store.LetterStore;
import id.kalbarprov.loket.store.ReferenceStore;
import id.kalbarprov.loket.store.SettingsStore;
import id.kalbarprov.loket.ui.register.RegisterViewModel;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue 2: the register's filtered first page (one page of rows plus the total, as the screen asks)
 * on 100,000 letters: target 50 ms. {@code mvn -B -o test -Pbench -Dtest=RegisterBenchmark}
 */
@Tag("benchmark")
class RegisterBenchmark {

    static final int WARMUP = 10;
    static final int RUNS = 60;

    @Test
    void filteredFirstPageOn100kLetters() {
        Database db = Database.open(BenchDb.cached());
        ReferenceStore ref = new ReferenceStore(db);
        Clock clock = Clock.fixed(LocalDateTime.of(2026, 11, 23, 10, 0).atZone(ZoneId.systemDefault()).toInstant(),
                ZoneId.systemDefault());
        LetterStore letters = new LetterStore(db, () -> ref.calendar(new SettingsStore(db)), clock);
        long email = ref.services().get(2).id();
        long agency = ref.agencies().get(5).id();
        Map<String, LetterFilter> cases = new LinkedHashMap<>();
        cases.put("no filter", LetterFilter.ALL);
        cases.put("text 'reset password'", LetterFilter.ALL.withText("reset password"));
        cases.put("text 'Dinkes'", LetterFilter.ALL.withText("Dinkes"));
        cases.put("service + state SELESAI", LetterFilter.ALL.withService(email).withState(RequestState.SELESAI));
        cases.put("agency", LetterFilter.ALL.withAgency(agency));
        cases.put("date range (March 2025)", LetterFilter.ALL.withRange(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31)));
        cases.put("sorted by agency", LetterFilter.ALL.sortedBy(LetterFilter.SortKey.AGENCY, true));
        cases.put("due = OVERDUE", LetterFilter.ALL.withDue(DueStatus.OVERDUE));
        int page = RegisterViewModel.PAGE_SIZE;
        for (var c : cases.entrySet()) {
            long[] nanos = new long[RUNS];
            int total = 0;
            int shown = 0;
            for (int i = 0; i < WARMUP + RUNS; i++) {
                long t0 = System.nanoTime();
                var rows = letters.search(c.getValue(), 0, page);
                total = letters.count(c.getValue());
                long t = System.nanoTime() - t0;
                shown = rows.items().size();
                if (i >= WARMUP) {
                    nanos[i - WARMUP] = t;
                }
            }
            System.out.printf("BENCH register first page [%s] (%d of %d): %s%n", c.getKey(), shown, total,
                    Stats.of(nanos));
        }
    }
}
