package id.kalbarprov.loket.core.office;

/** Where office settings live; {@link #save} writes them and their audit row in one transaction. */
public interface OfficeSettingsPort {

    OfficeSettings load();

    void save(OfficeSettings settings, String actor);
}
