package uk.org.throughline.interfaces.shared.rest;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.org.throughline.domain.model.audit.AuditAction;
import uk.org.throughline.interfaces.shared.dto.FieldError;

class QueryParametersTest {

    private final QueryParameters parameters = new QueryParameters();

    @Test
    void readsWellFormedValues() {
        assertEquals(LocalDate.of(1985, 11, 23), parameters.date("dob", "1985-11-23"));
        assertEquals(1985, parameters.integer("birthYear", "1985"));
        assertEquals(AuditAction.MERGE, parameters.choice("action", "MERGE", AuditAction.class));
        assertDoesNotThrow(parameters::throwIfInvalid);
    }

    @Test
    void anAbsentParameterIsNullOrItsDefault() {
        assertNull(parameters.date("dob", ""));
        assertEquals(20, parameters.integer("size", null, 20));
        assertDoesNotThrow(parameters::throwIfInvalid);
    }

    @Test
    void everyBadParameterIsReportedAtOnce() {
        parameters.date("dob", "23/11/1985");
        parameters.integer("page", "first", 0);
        parameters.choice("action", "PURGE", AuditAction.class);

        InvalidRequestException refused = assertThrows(InvalidRequestException.class, parameters::throwIfInvalid);

        assertEquals(List.of("dob", "page", "action"), refused.errors().stream().map(FieldError::field).toList());
    }
}
