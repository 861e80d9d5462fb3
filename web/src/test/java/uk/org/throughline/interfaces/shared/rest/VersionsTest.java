package uk.org.throughline.interfaces.shared.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class VersionsTest {

    @Test
    void theVersionInTheBodyComesFirst() {
        assertEquals(3, Versions.expected(3L, "\"7\""));
    }

    @Test
    void otherwiseTheVersionIsTheIfMatchETag() {
        assertEquals(7, Versions.expected(null, "\"7\""));
        assertEquals(7, Versions.expected(null, "W/\"7\""));
    }

    @Test
    void withoutAVersionTheUpdateIsRefused() {
        InvalidRequestException refused = assertThrows(InvalidRequestException.class,
                () -> Versions.expected(null, null));

        assertEquals("version", refused.errors().get(0).field());
    }

    @Test
    void anETagThatIsNotAVersionIsRefused() {
        InvalidRequestException refused = assertThrows(InvalidRequestException.class,
                () -> Versions.expected(null, "\"abc\""));

        assertEquals("If-Match", refused.errors().get(0).field());
    }
}
