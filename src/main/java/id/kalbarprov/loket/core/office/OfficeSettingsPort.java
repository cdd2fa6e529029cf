package id.kalbarprov.loket.core.office;

/** Where office settings live; {@link #save} writes them and their audit row in one transaction. */
public interface OfficeSettingsPort {

    OfficeSettings load();

    void save(OfficeSettings settings, String actor);

    /** The office's emblem for the kop, or null (the neutral outline). */
    byte[] emblem();

    /** Stores {@code emblem} (null: back to the outline) with its audit row in one transaction. */
    void saveEmblem(byte[] emblem, String actor);
}
