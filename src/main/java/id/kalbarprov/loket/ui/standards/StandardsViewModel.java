package id.kalbarprov.loket.ui.standards;

import id.kalbarprov.loket.core.catalog.ComplaintCategory;
import id.kalbarprov.loket.core.catalog.ComplaintChannel;
import id.kalbarprov.loket.core.catalog.ServiceStandard;
import id.kalbarprov.loket.ui.common.TaskRunner;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The five published standards with the complaints procedure they share. */
public final class StandardsViewModel {

    /** What the screen shows, loaded together. */
    public record Catalogue(List<ServiceStandard> services, List<ComplaintChannel> channels,
                            List<ComplaintCategory> categories) {
    }

    private final Supplier<Catalogue> loader;
    private final TaskRunner runner;
    private final Consumer<Throwable> onError;
    private final ObservableList<ServiceStandard> services = FXCollections.observableArrayList();
    private final ObjectProperty<ServiceStandard> selected = new SimpleObjectProperty<>();
    private final ObservableList<ComplaintChannel> channels = FXCollections.observableArrayList();
    private final ObservableList<ComplaintCategory> categories = FXCollections.observableArrayList();

    public StandardsViewModel(Supplier<Catalogue> loader, TaskRunner runner, Consumer<Throwable> onError) {
        this.loader = loader;
        this.runner = runner;
        this.onError = onError;
    }

    public void load() {
        runner.run(loader, c -> {
            ServiceStandard keep = selected.get();
            services.setAll(c.services());
            channels.setAll(c.channels());
            categories.setAll(c.categories());
            selected.set(c.services().stream().filter(s -> keep != null && s.id() == keep.id()).findFirst()
                    .orElse(c.services().isEmpty() ? null : c.services().get(0)));
        }, onError);
    }

    public ObservableList<ServiceStandard> services() {
        return services;
    }

    public ObjectProperty<ServiceStandard> selected() {
        return selected;
    }

    public ObservableList<ComplaintChannel> channels() {
        return channels;
    }

    public ObservableList<ComplaintCategory> categories() {
        return categories;
    }
}
