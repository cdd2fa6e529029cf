package id.kalbarprov.loket.core.auth;

/** Privileged actions; every core service checks the one it needs (not only the screens). */
public enum Permission {
    REGISTER_LETTER,
    REGISTER_COMPLAINT,
    REVIEW_REQUEST,
    PROCESS_REQUEST,
    ISSUE_LETTER,
    HANDLE_COMPLAINT,
    MANAGE_OPERATORS,
    MANAGE_SETTINGS,
    MANAGE_TEMPLATES,
    MANAGE_HOLIDAYS,
    BACKUP_RESTORE,
    VIEW_AUDIT
}
