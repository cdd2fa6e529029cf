package id.kalbarprov.loket.ui.complaints;

import id.kalbarprov.loket.core.complaints.ComplaintCounts;
import id.kalbarprov.loket.ui.common.TaskRunner;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** Beranda's complaints section: open complaints, due today and overdue, loaded off the FX thread. */
public final class ComplaintsSummaryViewModel {

    private final Supplier<ComplaintCounts> loader;
    private final TaskRunner runner;
    private final Consumer<Throwable> onError;
    private final ObjectProperty<ComplaintCounts> counts = new SimpleObjectProperty<>();

    public ComplaintsSummaryViewModel(Supplier<ComplaintCounts> loader, TaskRunner runner,
                                      Consumer<Throwable> onError) {
        this.loader = loader;
        this.runner = runner;
        this.onError = onError;
    }

    public void load() {
        runner.run(loader, counts::set, onError);
    }

    public ObjectProperty<ComplaintCounts> counts() {
        return counts;
    }
}
