package id.kalbarprov.loket.cli;

import id.kalbarprov.loket.DataDir;
import id.kalbarprov.loket.core.database.DatabaseException;
import id.kalbarprov.loket.store.DbLocation;
import java.nio.file.Path;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code --db FILE|URL}, taken by every command: an SQLite file, or a database on the office's
 * PostgreSQL server as {@code postgresql://user@host:5432/dbname}; falls back to LOKET_DB and the
 * per-user default file. Nothing else is accepted (DbLocation).
 */
public final class DbOption {

    @Option(names = "--db", paramLabel = "FILE|URL", converter = Converter.class,
            description = "Berkas database SQLite, atau server kantor postgresql://pengguna@server:5432/nama_database "
                    + "(kata sandi dari PGPASSWORD atau ~/.pgpass). Bawaan: LOKET_DB atau folder data pengguna.")
    private DbLocation location;

    @Option(names = "--upgrade", description = "Memperbarui database server dari Loket versi lama ke versi ini. "
            + "Komputer yang masih memakai Loket versi lama tidak dapat memakainya lagi.")
    private boolean upgrade;

    /** Opens the database; a server database of an older Loket only with --upgrade. */
    public id.kalbarprov.loket.store.Database open() {
        return id.kalbarprov.loket.store.Database.open(location(), upgrade);
    }

    /** Where the database is. @throws DatabaseException when LOKET_DB holds something that is neither */
    public DbLocation location() {
        return location != null ? location : DataDir.resolve(null, System.getenv());
    }

    /** True when the database is on a server. */
    public boolean onServer() {
        return location() instanceof DbLocation.Server;
    }

    /** The SQLite file; only for a file location (see {@link #onServer()}). */
    public Path file() {
        return ((DbLocation.File) location()).path();
    }

    /** Reads --db; a bad value is an argument error with the reason in Indonesian. */
    public static final class Converter implements ITypeConverter<DbLocation> {
        @Override
        public DbLocation convert(String value) {
            try {
                return DataDir.parse(value);
            } catch (DatabaseException e) {
                throw new TypeConversionException(DbTexts.of(e));
            }
        }
    }
}
