package id.kalbarprov.loket.core.database;

/**
 * The database this workstation (this operating-system user on this PC) uses when Loket starts
 * without {@code --db} or {@code LOKET_DB}: this computer's own SQLite file, or the office server. The
 * choice is kept in a small file in the user's Loket folder, the server's address without any
 * password: Loket never writes a password anywhere (docs/decisions/0020).
 */
public interface WorkstationSetup {

    /**
     * Connects to {@code address} and looks at the database there, writing nothing. {@code password}
     * null: the one PGPASSWORD or the PostgreSQL password file gives.
     *
     * @throws DatabaseException naming what is wrong (host, port, database, user, password, another
     *                           application's database, a newer Loket's)
     */
    ServerCheck test(ServerAddress address, String password);

    /** Keeps "Hanya komputer ini" (the SQLite file in the user's folder) as this workstation's choice. */
    void keepThisComputer();

    /** Keeps the server at {@code address} (no password) as this workstation's choice. */
    void keepServer(ServerAddress address);

    /** Forgets the choice: the next start asks again. */
    void forget();
}
