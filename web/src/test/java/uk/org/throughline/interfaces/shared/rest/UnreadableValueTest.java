package uk.org.throughline.interfaces.shared.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import org.junit.jupiter.api.Test;
import uk.org.throughline.interfaces.shared.dto.FieldError;

/** The messages are Yasson 3's, as WildFly's JSON-B writes them. */
class UnreadableValueTest {

    @Test
    void namesADateTimeWithoutItsOffsetAndSaysHowToWriteIt() {
        FieldError error = UnreadableValue.in(new ProcessingException(new JsonbException(
                "Unable to deserialize property 'occurredAt' because of: Error parsing class java.time.OffsetDateTime "
                        + "from value: 2026-01-01T10:00."))).orElseThrow();

        assertEquals("occurredAt", error.field());
        assertTrue(error.message().contains("2026-11-23T22:40:00Z"), error.message());
    }

    @Test
    void namesADateInARowByTheListAndTheField() {
        FieldError error = UnreadableValue.in(new JsonbException("Unable to deserialize property 'bailConditions' "
                + "because of: Unable to deserialize property 'expiresOn' because of: Error parsing class "
                + "java.time.LocalDate from value: 01/02/2026.")).orElseThrow();

        assertEquals("bailConditions.expiresOn", error.field());
        assertTrue(error.message().contains("yyyy-MM-dd"), error.message());
    }

    @Test
    void namesNoFieldWhenJsonbNamesNone() {
        assertTrue(UnreadableValue.in(new JsonbException("Internal error: Invalid token=EOF at (line no=1, column no=12)"))
                .isEmpty());
    }
}
