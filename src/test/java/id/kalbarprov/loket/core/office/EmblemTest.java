package id.kalbarprov.loket.core.office;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kalbarprov.loket.core.validation.ValidationException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EmblemTest {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13};
    static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 16};

    @Test
    void aPngOrAJpegIsTakenByItsBytes() {
        assertThatCode(() -> Emblem.check(PNG)).doesNotThrowAnyException();
        assertThatCode(() -> Emblem.check(JPEG)).doesNotThrowAnyException();
    }

    @Test
    void aTextFileNamedPngIsRefused() {
        assertThatThrownBy(() -> Emblem.check("bukan gambar".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> org.assertj.core.api.Assertions.assertThat(((ValidationException) e).violations().get(0).key())
                        .isEqualTo("validation.emblem.notImage"));
    }

    @Test
    void overOneMegabyteOrEmptyIsRefused() {
        byte[] big = new byte[Emblem.MAX_BYTES + 1];
        System.arraycopy(PNG, 0, big, 0, PNG.length);
        assertThatThrownBy(() -> Emblem.check(big)).isInstanceOf(ValidationException.class)
                .satisfies(e -> org.assertj.core.api.Assertions.assertThat(((ValidationException) e).violations().get(0).key())
                        .isEqualTo("validation.emblem.tooLarge"));
        assertThatThrownBy(() -> Emblem.check(new byte[0])).isInstanceOf(ValidationException.class);
    }
}
