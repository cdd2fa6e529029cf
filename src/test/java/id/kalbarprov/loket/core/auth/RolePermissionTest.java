package id.kalbarprov.loket.core.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every role × every permission against the table agreed with the office (issue 6). */
class RolePermissionTest {

    /**
     * The role table as written in the issue: who may do what. Corrections (issue 13 item 5): the
     * Petugas Loket until the review starts, the Kepala Bidang before and after.
     */
    static final Map<Role, Set<Permission>> TABLE = Map.of(
            Role.PETUGAS_LOKET, Set.of(Permission.REGISTER_LETTER, Permission.CORRECT_LETTER,
                    Permission.REGISTER_COMPLAINT, Permission.ENTER_SURVEY),
            Role.ANALIS, Set.of(Permission.REVIEW_REQUEST, Permission.HANDLE_COMPLAINT),
            Role.PELAKSANA, Set.of(Permission.PROCESS_REQUEST),
            Role.KEPALA_BIDANG, Set.of(Permission.ISSUE_LETTER, Permission.HANDLE_COMPLAINT, Permission.VIEW_AUDIT,
                    Permission.VIEW_REPORTS, Permission.CORRECT_LETTER, Permission.CORRECT_REVIEWED_LETTER),
            Role.ADMIN, Set.of(Permission.MANAGE_OPERATORS, Permission.MANAGE_SETTINGS, Permission.MANAGE_TEMPLATES,
                    Permission.MANAGE_HOLIDAYS, Permission.BACKUP_RESTORE, Permission.VIEW_AUDIT,
                    Permission.VIEW_REPORTS));

    static Stream<Arguments> everyPair() {
        List<Arguments> all = new ArrayList<>();
        for (Role r : Role.values()) {
            for (Permission p : Permission.values()) {
                all.add(Arguments.of(r, p, TABLE.get(r).contains(p)));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} {1} allowed={2}")
    @MethodSource("everyPair")
    void requireFollowsTheRoleTable(Role role, Permission permission, boolean allowed) {
        Actor actor = new Actor(7, "budi", "Budi", Set.of(role));
        assertThat(actor.can(permission)).isEqualTo(allowed);
        if (allowed) {
            assertThatCode(() -> actor.require(permission)).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> actor.require(permission)).isInstanceOf(AccessDeniedException.class);
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyPair")
    void severalRolesGrantTheUnion(Role role, Permission permission, boolean allowed) {
        Actor withLoket = new Actor(7, "budi", "Budi", EnumSet.of(role, Role.PETUGAS_LOKET));
        assertThat(withLoket.can(permission))
                .isEqualTo(allowed || TABLE.get(Role.PETUGAS_LOKET).contains(permission));
    }
}
