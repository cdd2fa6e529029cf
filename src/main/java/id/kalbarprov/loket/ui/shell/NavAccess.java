package id.kalbarprov.loket.ui.shell;

import id.kalbarprov.loket.core.auth.Actor;
import id.kalbarprov.loket.core.auth.Permission;

/**
 * Which rooms an operator's roles can use; the others are disabled in the navigation. Only a
 * convenience: the core services refuse the work anyway.
 */
public final class NavAccess {

    private NavAccess() {
    }

    public static boolean allowed(Actor actor, NavItem item) {
        return switch (item) {
            case KAJIAN -> actor.can(Permission.REVIEW_REQUEST);
            case PROSES -> actor.can(Permission.PROCESS_REQUEST);
            case SURAT_KONFIRMASI -> actor.can(Permission.ISSUE_LETTER);
            case PENGADUAN -> actor.can(Permission.REGISTER_COMPLAINT) || actor.can(Permission.HANDLE_COMPLAINT);
            case SURVEI -> actor.can(Permission.ENTER_SURVEY);
            case LAPORAN -> actor.can(Permission.VIEW_REPORTS);
            case BERANDA, SURAT_MASUK, STANDAR_PELAYANAN, PENGATURAN -> true;
        };
    }
}
