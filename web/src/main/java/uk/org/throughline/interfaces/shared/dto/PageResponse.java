package uk.org.throughline.interfaces.shared.dto;

import java.util.List;

/** One page of results; {@code page} counts from 0 and {@code total} is the number of results in all. */
public record PageResponse<T>(List<T> items, int page, int size, long total) {
}
