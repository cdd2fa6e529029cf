package id.kalbarprov.loket.core.nip;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class NipTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void acceptsAPlausibleNipWithSpacesAndShowsIt8613() {
        assertThat(Nip.problem("19650916 199303 1 002", TODAY)).isEmpty();
        assertThat(Nip.display("196509161993031002")).isEqualTo("19650916 199303 1 002");
    }

    @Test
    void namesWhatIsWrong() {
        assertThat(Nip.problem("1965091619930310", TODAY)).contains(Nip.INVALID_FORMAT);
        assertThat(Nip.problem("196502301993031002", TODAY)).contains(Nip.INVALID_BIRTH);
        assertThat(Nip.problem("196509161993131002", TODAY)).contains(Nip.INVALID_APPOINTMENT);
        assertThat(Nip.problem("196509161960031002", TODAY)).contains(Nip.INVALID_APPOINTMENT);
        assertThat(Nip.problem("196509161993033002", TODAY)).contains(Nip.INVALID_SEX);
        assertThat(Nip.problem("196509161993031000", TODAY)).contains(Nip.INVALID_SERIAL);
    }
}
