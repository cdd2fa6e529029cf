package id.kalbarprov.loket.core.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    @Test
    void argon2idWithTheProductionParametersSaltedAndVerifiable() {
        PasswordHasher h = PasswordHasher.DEFAULT;
        String a = h.hash("rahasia-kantor");
        String b = h.hash("rahasia-kantor");
        assertThat(a).startsWith("$argon2id$").contains("m=19456,t=2,p=1").doesNotContain("rahasia-kantor");
        assertThat(a).isNotEqualTo(b);
        assertThat(h.matches("rahasia-kantor", a)).isTrue();
        assertThat(h.matches("rahasia-kantor", b)).isTrue();
        assertThat(h.matches("rahasia-kantoR", a)).isFalse();
        assertThat(h.matches("rahasia-kantor", "rahasia-kantor")).isFalse();
        assertThat(h.matches("rahasia-kantor", null)).isFalse();
    }

    @Test
    void hashesFromOtherParametersStillVerify() {
        String cheap = new PasswordHasher(1024, 1, 1).hash("sandi-lama-1");
        assertThat(PasswordHasher.DEFAULT.matches("sandi-lama-1", cheap)).isTrue();
    }
}
