package id.kalbarprov.loket.core.office;

import static org.assertj.core.api.Assertions.assertThat;

import id.kalbarprov.loket.core.auth.Role;
import id.kalbarprov.loket.core.office.SetupChecklist.BackupPlace;
import id.kalbarprov.loket.core.office.SetupChecklist.Step;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SetupChecklistTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

    static SetupChecklist.Item item(SetupChecklist c, Step s) {
        return c.items().stream().filter(i -> i.step() == s).findFirst().orElseThrow();
    }

    @Test
    void aNewDatabaseHasEverythingButTheSeededHolidaysAndTheFirstAdminToDo() {
        SetupChecklist c = SetupChecklist.of(new SetupChecklist.Facts(false, Set.of(2024, 2025, 2026, 2027), false,
                BackupPlace.SAME_DISK, EnumSet.of(Role.ADMIN)), TODAY);
        assertThat(c.complete()).isFalse();
        assertThat(c.items()).extracting(SetupChecklist.Item::step)
                .containsExactly(Step.SIGNER, Step.HOLIDAYS, Step.OFFICE, Step.BACKUP, Step.ROLES);
        assertThat(item(c, Step.HOLIDAYS).done()).isTrue();
        assertThat(item(c, Step.SIGNER).done()).isFalse();
        assertThat(item(c, Step.BACKUP).backup()).isEqualTo(BackupPlace.SAME_DISK);
        assertThat(item(c, Step.ROLES).missingRoles())
                .containsExactly(Role.PETUGAS_LOKET, Role.ANALIS, Role.PELAKSANA, Role.KEPALA_BIDANG);
        assertThat(c.done()).isEqualTo(1);
    }

    @Test
    void nextYearsHolidaysAreAskedForAsSoonAsTheYearTurns() {
        SetupChecklist c = SetupChecklist.of(new SetupChecklist.Facts(true, Set.of(2026, 2027), true,
                BackupPlace.ANOTHER_DISK, EnumSet.allOf(Role.class)), LocalDate.of(2027, 1, 2));
        assertThat(item(c, Step.HOLIDAYS).missingYears()).containsExactly(2028);
        assertThat(c.complete()).isFalse();
    }

    @Test
    void completeWhenEveryStepIsDone() {
        SetupChecklist c = SetupChecklist.of(new SetupChecklist.Facts(true, Set.of(2026, 2027), true,
                BackupPlace.ANOTHER_DISK, EnumSet.allOf(Role.class)), TODAY);
        assertThat(c.complete()).isTrue();
        assertThat(c.done()).isEqualTo(5);
    }

    @Test
    void aBackupFolderThatIsNotThereIsNotDone() {
        SetupChecklist c = SetupChecklist.of(new SetupChecklist.Facts(true, Set.of(2026, 2027), true,
                BackupPlace.MISSING, EnumSet.allOf(Role.class)), TODAY);
        assertThat(item(c, Step.BACKUP).done()).isFalse();
        assertThat(item(c, Step.BACKUP).backup()).isEqualTo(BackupPlace.MISSING);
    }
}
