package uk.org.throughline.application.shared;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SearchPageTest {

    @Test
    void thereIsANextPageWhileResultsRemain() {
        assertTrue(new SearchPage<>(List.of("a", "b"), 0, 2, 3).hasNext());
    }

    @Test
    void theLastFullPageHasNoNext() {
        assertFalse(new SearchPage<>(List.of("a", "b"), 1, 2, 4).hasNext());
    }

    @Test
    void noResultsMeansNoNextPage() {
        assertFalse(new SearchPage<>(List.of(), 0, 20, 0).hasNext());
    }
}
