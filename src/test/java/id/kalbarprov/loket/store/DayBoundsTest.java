package id.kalbarprov.loket.store;

import static org.assertj.core.api.Assertions.assertThat;

import id.kalbarprov.loket.core.audit.AuditFilter;
import id.kalbarprov.loket.core.register.LetterFilter;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regression (robustness test): a year typed with a digit too many ("01-01-20266") in the register's or
 * the audit log's Dari field showed every row instead of none, and the last day there is in Sampai
 * (31-12-999999999) ended in an unexpected-error dialog; so did a search text longer than any field.
 */
class DayBoundsTest {

    @TempDir
    Path dir;
    Database db;
    LetterStore letters;
    AuditStore audit;

    @BeforeEach
    void open() {
        db = TempDb.open(dir);
        DemoData.write(db, 40, 3, LocalDate.of(2026, 11, 23));
        letters = new LetterStore(db);
        audit = new AuditStore(db);
    }

    LetterFilter letters(LocalDate from, LocalDate to) {
        return new LetterFilter(null, null, null, null, from, to, null, false, LetterFilter.SortKey.RECEIVED, true);
    }

    @Test
    void aFarFutureFromMatchesNothingAndAFarFutureToBoundsNothing() {
        int all = letters.count(LetterFilter.ALL).value();
        assertThat(all).isEqualTo(40);
        for (LocalDate far : new LocalDate[] {LocalDate.of(20266, 1, 1), LocalDate.of(10000, 1, 1), LocalDate.MAX}) {
            assertThat(letters.count(letters(far, null)).value()).as("from " + far).isZero();
            assertThat(letters.search(letters(far, null), 0, 50).items()).isEmpty();
            assertThat(letters.count(letters(null, far)).value()).as("to " + far).isEqualTo(all);
            assertThat(letters.search(letters(LocalDate.of(2000, 1, 1), far), 0, 50).items()).hasSize(all);
        }
        assertThat(letters.count(letters(null, LocalDate.of(9999, 12, 31))).value()).isEqualTo(all);
        assertThat(letters.count(letters(LocalDate.MIN, LocalDate.of(1999, 12, 31))).value()).isZero();

        int rows = audit.search(new AuditFilter(null, null, null, null), 0, 1_000).items().size();
        assertThat(rows).isPositive();
        assertThat(audit.search(new AuditFilter(null, null, LocalDate.of(20266, 1, 1), null), 0, 1_000).items())
                .isEmpty();
        assertThat(audit.search(new AuditFilter(null, null, null, LocalDate.MAX), 0, 1_000).items()).hasSize(rows);
    }

    /** Regression (robustness test): a pasted page of text in a search field: "LIKE pattern too complex". */
    @Test
    void aSearchLongerThanAnyFieldFindsNothingInsteadOfFailing() {
        String page = "ab ".repeat(30_000);
        assertThat(letters.count(new LetterFilter(page, null, null, null, null, null, null, false,
                LetterFilter.SortKey.RECEIVED, true)).value()).isZero();
        assertThat(audit.search(new AuditFilter(null, page, null, null), 0, 50).items()).isEmpty();
        assertThat(new ComplaintStore(db, () -> new ReferenceStore(db).calendar(new SettingsStore(db)), LetterFixtures.clock()).list(
                new id.kalbarprov.loket.core.complaints.ComplaintFilter(null, null, null, page))).isEmpty();
    }
}
