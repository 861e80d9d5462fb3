package uk.org.throughline.application.shared;

import java.util.List;

/** One page of ranked results and how many there are in all. */
public record SearchPage<T>(List<T> items, int page, int pageSize, long totalCount) {

    public SearchPage {
        items = List.copyOf(items);
    }

    public boolean hasNext() {
        return (long) (page + 1) * pageSize < totalCount;
    }
}
