package id.kalbarprov.loket.core.office;

import id.kalbarprov.loket.core.auth.Role;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What an office must set up before the desk can run without surprises, worked out from what is
 * there: a complete signer (else the first letter preview fails), the holidays of this year and next
 * (else due dates ignore them), the office's own settings saved once by an Admin (closing time, place),
 * automatic backups going to another disk than the database, and at least one active operator for
 * every role (else some step of the procedure has nobody to do it).
 */
public record SetupChecklist(List<Item> items) {

    /** One step, in the order an Admin would do them. */
    public enum Step { SIGNER, HOLIDAYS, OFFICE, BACKUP, ROLES }

    /** Where the automatic backups go, as seen from this desk. */
    public enum BackupPlace {
        /** Another disk (a USB disk, a network share) than the database's. */
        ANOTHER_DISK,
        /** The database's own disk: a failing disk takes both. */
        SAME_DISK,
        /** The folder does not exist (a USB disk not plugged in, a share not mounted). */
        MISSING
    }

    /** What the checklist is worked out from. */
    public record Facts(boolean signerComplete, Set<Integer> holidayYears, boolean officeSaved,
                        BackupPlace backup, Set<Role> rolesWithActiveOperator) {
    }

    /**
     * One step: done or not; {@code missingYears} for HOLIDAYS, {@code missingRoles} for ROLES,
     * {@code backup} for BACKUP say what is missing.
     */
    public record Item(Step step, boolean done, List<Integer> missingYears, List<Role> missingRoles,
                       BackupPlace backup) {
    }

    public SetupChecklist {
        items = List.copyOf(items);
    }

    /** The checklist for {@code facts} on {@code today}. */
    public static SetupChecklist of(Facts facts, LocalDate today) {
        List<Item> items = new ArrayList<>();
        items.add(simple(Step.SIGNER, facts.signerComplete()));
        List<Integer> years = new ArrayList<>();
        for (int y = today.getYear(); y <= today.getYear() + 1; y++) {
            if (!facts.holidayYears().contains(y)) {
                years.add(y);
            }
        }
        items.add(new Item(Step.HOLIDAYS, years.isEmpty(), years, List.of(), null));
        items.add(simple(Step.OFFICE, facts.officeSaved()));
        items.add(new Item(Step.BACKUP, facts.backup() == BackupPlace.ANOTHER_DISK, List.of(), List.of(),
                facts.backup()));
        EnumSet<Role> missing = EnumSet.allOf(Role.class);
        missing.removeAll(facts.rolesWithActiveOperator());
        items.add(new Item(Step.ROLES, missing.isEmpty(), List.of(), List.copyOf(missing), null));
        return new SetupChecklist(items);
    }

    private static Item simple(Step step, boolean done) {
        return new Item(step, done, List.of(), List.of(), null);
    }

    /** Every step done: the checklist is no longer shown. */
    public boolean complete() {
        return items.stream().allMatch(Item::done);
    }

    /** How many steps are done. */
    public long done() {
        return items.stream().filter(Item::done).count();
    }
}
