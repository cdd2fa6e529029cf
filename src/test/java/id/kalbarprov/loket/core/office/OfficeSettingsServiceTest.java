package id.kalbarprov.loket.core.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kalbarprov.loket.core.auth.AccessDeniedException;
import id.kalbarprov.loket.core.auth.Actor;
import id.kalbarprov.loket.core.auth.Role;
import id.kalbarprov.loket.core.validation.ValidationException;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OfficeSettingsServiceTest {

    static final Actor ADMIN = new Actor(1, "admin", "Admin", Set.of(Role.ADMIN));
    static final Actor CLERK = new Actor(2, "siti", "Siti", Set.of(Role.PETUGAS_LOKET));

    final List<OfficeSettings> saved = new ArrayList<>();
    final OfficeSettingsService service = new OfficeSettingsService(new OfficeSettingsPort() {
        @Override
        public OfficeSettings load() {
            return new OfficeSettings(LocalTime.of(16, 0), "Pontianak");
        }

        @Override
        public void save(OfficeSettings settings, String actor) {
            saved.add(settings);
        }

        @Override
        public byte[] emblem() {
            return emblem;
        }

        @Override
        public void saveEmblem(byte[] bytes, String actor) {
            emblem = bytes;
        }
    });
    byte[] emblem;

    @Test
    void onlyAnAdminChangesTheEmblemAndOnlyToAPicture() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0};
        assertThatThrownBy(() -> service.saveEmblem(png, CLERK))
                .isInstanceOf(id.kalbarprov.loket.core.auth.AccessDeniedException.class);
        assertThat(emblem).isNull();
        assertThatThrownBy(() -> service.saveEmblem("teks".getBytes(), ADMIN)).isInstanceOf(ValidationException.class);
        assertThat(emblem).isNull();
        service.saveEmblem(png, ADMIN);
        assertThat(service.emblem()).isEqualTo(png);
        service.saveEmblem(null, ADMIN);
        assertThat(service.emblem()).isNull();
    }

    @Test
    void acceptsColonAndDotTimesWithinOfficeHours() {
        assertThat(service.save("15:30", " Pontianak ", ADMIN)).isEqualTo(new OfficeSettings(LocalTime.of(15, 30), "Pontianak"));
        assertThat(service.save("16.00", "Sungai Raya", ADMIN).closingTime()).isEqualTo(LocalTime.of(16, 0));
        assertThat(saved).hasSize(2);
    }

    @Test
    void refusesImpossibleAndOutOfRangeTimes() {
        for (String bad : List.of("25:00", "16:60", "abc", "1600")) {
            assertThatThrownBy(() -> service.save(bad, "Pontianak", ADMIN)).as(bad)
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                            .singleElement().satisfies(v -> {
                                assertThat(v.field()).isEqualTo(OfficeSettingsService.CLOSING_TIME);
                                assertThat(v.key()).isEqualTo("validation.office.time");
                            }));
        }
        assertThatThrownBy(() -> service.save("11:59", "Pontianak", ADMIN))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations().get(0).key())
                        .isEqualTo("validation.office.closingRange"));
        assertThat(service.save("20:00", "Pontianak", ADMIN).closingTime()).isEqualTo(LocalTime.of(20, 0));
        assertThatThrownBy(() -> service.save("20:01", "Pontianak", ADMIN)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> service.save("16:00", " ", ADMIN))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations().get(0).field())
                        .isEqualTo(OfficeSettingsService.PLACE));
        assertThat(saved).hasSize(1);
    }

    @Test
    void onlyWhoMayManageSettingsCanChangeThem() {
        assertThatThrownBy(() -> service.save("16:00", "Pontianak", CLERK)).isInstanceOf(AccessDeniedException.class);
        assertThat(saved).isEmpty();
    }
}
