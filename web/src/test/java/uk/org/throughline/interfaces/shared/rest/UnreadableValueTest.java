package uk.org.throughline.interfaces.shared.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.ProcessingException;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.org.throughline.interfaces.shared.dto.FieldError;

/** The messages are Yasson 3's, as WildFly's JSON-B writes them. */
class UnreadableValueTest {

    @Test
    void namesADateTimeWithoutItsOffsetAndSaysHowToWriteIt() {
        FieldError error = only(UnreadableValue.in(new ProcessingException(new JsonbException(
                "Unable to deserialize property 'occurredAt' because of: Error parsing class java.time.OffsetDateTime "
                        + "from value: 2026-01-01T10:00.")), Optional.empty()));

        assertEquals("occurredAt", error.field());
        assertTrue(error.message().contains("2026-11-23T22:40:00Z"), error.message());
    }

    @Test
    void namesADateInARowByTheListAndTheField() {
        FieldError error = only(UnreadableValue.in(new JsonbException("Unable to deserialize property 'bailConditions' "
                + "because of: Unable to deserialize property 'expiresOn' because of: Error parsing class "
                + "java.time.LocalDate from value: 01/02/2026."), Optional.empty()));

        assertEquals("bailConditions.expiresOn", error.field());
        assertTrue(error.message().contains("yyyy-MM-dd"), error.message());
    }

    @Test
    void namesNoFieldWhenJsonbNamesNone() {
        assertTrue(UnreadableValue.in(new JsonbException("Internal error: Invalid token=EOF at (line no=1, column no=12)"),
                Optional.of(Visit.class)).isEmpty());
    }

    /** A request body as the API's are: a record with an enum, and a list of rows each with another. */
    record Visit(String name, Gender gender, List<Row> rows) {
    }

    record Row(Outcome outcome) {
    }

    enum Gender { FEMALE, MALE }

    enum Outcome { ATTENDED, ABSENT }

    @Test
    void namesTheFieldOfAnUnknownEnumValueAndTheValuesItTakes() {
        FieldError error = only(UnreadableValue.in(new ProcessingException(new JsonbException("Internal error: "
                + "No enum constant " + Gender.class.getCanonicalName() + ".ALIEN")), Optional.of(Visit.class)));

        assertEquals("gender", error.field());
        assertEquals("\"ALIEN\" is not a value this field takes: use one of FEMALE, MALE", error.message());
    }

    @Test
    void namesAnUnknownEnumValueInARowByTheListAndTheField() throws NoSuchMethodException {
        Type body = UnreadableValueTest.class.getDeclaredMethod("save", long.class, List.class)
                .getGenericParameterTypes()[1];
        assertEquals(Optional.of(body), EnumFields.bodyTypeOf(
                UnreadableValueTest.class.getDeclaredMethod("save", long.class, List.class)));

        FieldError error = only(UnreadableValue.in(new JsonbException("Internal error: No enum constant "
                + Outcome.class.getCanonicalName() + ".LATE.ISH"), Optional.of(body)));

        assertEquals("outcome", error.field());
        assertEquals("\"LATE.ISH\" is not a value this field takes: use one of ATTENDED, ABSENT", error.message());
    }

    /** A resource method: the path parameter is not the body, the list of rows is. */
    @SuppressWarnings("unused")
    private static void save(@PathParam("id") long id, List<Row> rows) {
    }

    private static FieldError only(List<FieldError> errors) {
        assertEquals(1, errors.size(), errors::toString);
        return errors.get(0);
    }
}
