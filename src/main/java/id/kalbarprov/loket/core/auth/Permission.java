package id.kalbarprov.loket.core.auth;

/** Privileged actions; every core service checks the one it needs (not only the screens). */
public enum Permission {
    REGISTER_LETTER,
    /** Correct a registered letter's fields while its review has not started (decision 0021). */
    CORRECT_LETTER,
    /** Correct a registered letter's fields after its review started (decision 0021). */
    CORRECT_REVIEWED_LETTER,
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
    VIEW_AUDIT,
    /** Type, correct and import satisfaction questionnaires; start the kiosk (issue 15). */
    ENTER_SURVEY,
    /** The service report and the satisfaction index, with their exports (issue 15). */
    VIEW_REPORTS
}
