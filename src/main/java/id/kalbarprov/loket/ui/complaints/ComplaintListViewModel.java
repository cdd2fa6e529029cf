package id.kalbarprov.loket.ui.complaints;

import id.kalbarprov.loket.core.catalog.ComplaintCategory;
import id.kalbarprov.loket.core.catalog.ComplaintChannel;
import id.kalbarprov.loket.core.complaints.ComplaintFilter;
import id.kalbarprov.loket.core.complaints.ComplaintRow;
import id.kalbarprov.loket.core.complaints.ComplaintState;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The complaints list: open first, earliest deadline first; filter by state, channel, category, text. */
public final class ComplaintListViewModel {

    private final ComplaintsContext ctx;
    private final ObjectProperty<ComplaintState> state = new SimpleObjectProperty<>();
    private final ObjectProperty<ComplaintChannel> channel = new SimpleObjectProperty<>();
    private final ObjectProperty<ComplaintCategory> category = new SimpleObjectProperty<>();
    private final StringProperty text = new SimpleStringProperty("");
    private final ObservableList<ComplaintRow> rows = FXCollections.observableArrayList();
    private final ObservableList<ComplaintChannel> channels = FXCollections.observableArrayList();
    private final ObservableList<ComplaintCategory> categories = FXCollections.observableArrayList();

    public ComplaintListViewModel(ComplaintsContext ctx) {
        this.ctx = ctx;
    }

    private record Loaded(List<ComplaintChannel> channels, List<ComplaintCategory> categories,
                          List<ComplaintRow> rows) {
    }

    public void load() {
        ComplaintFilter f = new ComplaintFilter(state.get(), channel.get() == null ? null : channel.get().id(),
                category.get() == null ? null : category.get().id(), text.get());
        ctx.runner().run(() -> new Loaded(channels.isEmpty() ? ctx.reference().complaintChannels() : null,
                categories.isEmpty() ? ctx.reference().complaintCategories() : null, ctx.store().list(f)), l -> {
                    if (l.channels() != null) {
                        channels.setAll(l.channels());
                    }
                    if (l.categories() != null) {
                        categories.setAll(l.categories());
                    }
                    rows.setAll(l.rows());
                }, ctx.dialogs()::unexpected);
    }

    public String dueText(ComplaintRow r) {
        return ctx.dueText(r.state(), r.due());
    }

    public String dueStyle(ComplaintRow r) {
        return ctx.dueStyle(r.state(), r.due());
    }

    public String complainant(ComplaintRow r) {
        return r.complainant() == null ? ctx.i18n().t("complaints.anonymous") : r.complainant();
    }

    public ObjectProperty<ComplaintState> state() {
        return state;
    }

    public ObjectProperty<ComplaintChannel> channel() {
        return channel;
    }

    public ObjectProperty<ComplaintCategory> category() {
        return category;
    }

    public StringProperty text() {
        return text;
    }

    public ObservableList<ComplaintRow> rows() {
        return rows;
    }

    public ObservableList<ComplaintChannel> channels() {
        return channels;
    }

    public ObservableList<ComplaintCategory> categories() {
        return categories;
    }
}
