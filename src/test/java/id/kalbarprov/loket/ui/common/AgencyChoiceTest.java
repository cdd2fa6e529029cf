package id.kalbarprov.loket.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import id.kalbarprov.loket.core.catalog.Agency;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The agency type-ahead every form shares: typing suggests, only taking a suggestion chooses. */
class AgencyChoiceTest {

    final Agency dinkes = new Agency(1, "Dinas Kesehatan", "Dinkes", "DINAS", null, true);
    final Agency disdik = new Agency(2, "Dinas Pendidikan dan Kebudayaan", "Disdikbud", "DINAS", null, true);
    final Agency rsud = new Agency(3, "RSUD dr. Soedarso", "RSUD", "UPT", 1L, true);
    final Agency old = new Agency(4, "Dinas Kesehatan Lama", "Dinkeslama", "DINAS", null, false);

    AgencyChoice choice(boolean inactiveToo) {
        AgencyChoice c = new AgencyChoice(inactiveToo);
        c.setAgencies(List.of(disdik, dinkes, rsud, old));
        return c;
    }

    @Test
    void typingSuggestsButNeverPicksSilently() {
        AgencyChoice c = choice(false);
        c.query().set("Dinas Kes");
        assertThat(c.suggestions()).containsExactly(dinkes);
        assertThat(c.chosen().get()).isNull();
        assertThat(c.typedButNotChosen()).isTrue();
    }

    @Test
    void anExactAbbreviationComesFirstAndTakingItShowsItsLabel() {
        AgencyChoice c = choice(false);
        c.query().set("dinkes");
        assertThat(c.suggestions().get(0)).isEqualTo(dinkes);
        c.choose(c.suggestions().get(0));
        assertThat(c.chosen().get()).isEqualTo(dinkes);
        assertThat(c.query().get()).isEqualTo(dinkes.label());
        assertThat(c.suggestions()).isEmpty();
        assertThat(c.typedButNotChosen()).isFalse();
    }

    @Test
    void typingAgainAfterAChoiceDropsIt() {
        AgencyChoice c = choice(false);
        c.choose(dinkes);
        c.query().set("Dinas P");
        assertThat(c.chosen().get()).isNull();
        assertThat(c.suggestions()).containsExactly(disdik);
    }

    @Test
    void aValueSetFromOutsideShowsItsLabelAndClearingEmptiesTheField() {
        AgencyChoice c = choice(false);
        c.chosen().set(rsud);
        assertThat(c.query().get()).isEqualTo(rsud.label());
        c.chosen().set(null);
        assertThat(c.query().get()).isEmpty();
    }

    @Test
    void inactiveAgenciesAreOfferedOnlyToSearches() {
        AgencyChoice forNew = choice(false);
        forNew.query().set("Dinas Kesehatan");
        assertThat(forNew.suggestions()).containsExactly(dinkes);
        AgencyChoice forSearch = choice(true);
        forSearch.query().set("Dinas Kesehatan");
        assertThat(forSearch.suggestions()).containsExactly(dinkes, old);
    }
}
