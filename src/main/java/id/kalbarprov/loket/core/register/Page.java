package id.kalbarprov.loket.core.register;

import java.util.List;

/** One page of a list and whether more follow. */
public record Page<T>(List<T> items, int offset, boolean hasMore) {
    public Page {
        items = List.copyOf(items);
    }
}
