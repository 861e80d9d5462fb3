package uk.org.throughline.interfaces.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static uk.org.throughline.interfaces.shared.ValidationPaths.listElement;
import static uk.org.throughline.interfaces.shared.ValidationPaths.method;
import static uk.org.throughline.interfaces.shared.ValidationPaths.parameter;
import static uk.org.throughline.interfaces.shared.ValidationPaths.path;
import static uk.org.throughline.interfaces.shared.ValidationPaths.property;
import static uk.org.throughline.interfaces.shared.ValidationPaths.propertyInList;

import java.util.Map;
import org.junit.jupiter.api.Test;

class FieldPathTest {

    @Test
    void aFieldOfTheBodyIsNamedAsInTheJson() {
        FieldPath field = FieldPath.of(path(property("surname")));

        assertEquals("surname", field.jsonName());
        assertEquals("surname", field.clientId());
    }

    @Test
    void aServiceMethodsOwnNodesAreLeftOut() {
        FieldPath field = FieldPath.of(path(method("register"), parameter("form"), property("pncId")));

        assertEquals("pncId", field.jsonName());
    }

    @Test
    void aFieldInARowNamesTheRow() {
        FieldPath field = FieldPath.of(path(method("register"), parameter("form"),
                property("aliases"), propertyInList("surname", 0)));

        assertEquals("aliases[0].surname", field.jsonName());
        assertEquals("aliases:0:surname", field.clientId());
    }

    @Test
    void aParameterThatIsItselfTheFieldKeepsItsName() {
        FieldPath field = FieldPath.of(path(method("merge"), parameter("reason")));

        assertEquals("reason", field.jsonName());
    }

    @Test
    void anElementOfAListOfValuesIsNamedByItsIndex() {
        FieldPath field = FieldPath.of(path(property("surnames"), listElement(1)));

        assertEquals("surnames[1]", field.jsonName());
    }

    @Test
    void theApiSpellingReadsBackToTheSameField() {
        FieldPath field = FieldPath.parse("addresses[1].to");

        assertEquals("addresses:1:to", field.clientId());
        assertEquals("addresses[1].to", field.jsonName());
    }

    @Test
    void aPropertyNamedOtherwiseInTheRequestIsRenamed() {
        FieldPath field = FieldPath.of(path(property("dateOfBirth"))).renamed(Map.of("dateOfBirth", "dob"));

        assertEquals("dob", field.jsonName());
    }

    @Test
    void aProblemWithTheWholeRequestNamesNoField() {
        assertNull(FieldPath.parse(null).jsonName());
        assertNull(FieldPath.parse(null).clientId());
    }
}
