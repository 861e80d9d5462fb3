package uk.org.throughline.interfaces.shared.rest;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** The rows of a request body: a JSON array left out is no rows, and a null row is no row. */
public final class RequestLists {

    private RequestLists() {
    }

    public static <A, B> List<B> map(List<A> rows, Function<A, B> mapping) {
        return rows == null ? List.of() : rows.stream().filter(Objects::nonNull).map(mapping).toList();
    }
}
