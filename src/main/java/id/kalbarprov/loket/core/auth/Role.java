package id.kalbarprov.loket.core.auth;

import java.util.EnumSet;
import java.util.Set;

/** Roles at the desk; an operator may hold several. */
public enum Role {
    /** Front desk: registers letters and complaints. */
    PETUGAS_LOKET(EnumSet.of(Permission.REGISTER_LETTER, Permission.CORRECT_LETTER, Permission.REGISTER_COMPLAINT,
            Permission.ENTER_SURVEY)),
    /** Reviews requests (Bidang Aplikasi Informatika). */
    ANALIS(EnumSet.of(Permission.REVIEW_REQUEST, Permission.HANDLE_COMPLAINT)),
    /** Processes requests (step c of the standards). */
    PELAKSANA(EnumSet.of(Permission.PROCESS_REQUEST)),
    /** Head of division: approves and issues letters, closes complaints. */
    KEPALA_BIDANG(EnumSet.of(Permission.ISSUE_LETTER, Permission.HANDLE_COMPLAINT, Permission.VIEW_AUDIT,
            Permission.VIEW_REPORTS, Permission.CORRECT_LETTER, Permission.CORRECT_REVIEWED_LETTER)),
    /** Operators, settings, templates, holidays, backups. */
    ADMIN(EnumSet.of(Permission.MANAGE_OPERATORS, Permission.MANAGE_SETTINGS, Permission.MANAGE_TEMPLATES,
            Permission.MANAGE_HOLIDAYS, Permission.BACKUP_RESTORE, Permission.VIEW_AUDIT, Permission.VIEW_REPORTS));

    private final Set<Permission> permissions;

    Role(Set<Permission> permissions) {
        this.permissions = Set.copyOf(permissions);
    }

    public Set<Permission> permissions() {
        return permissions;
    }
}
