package uk.org.throughline.interfaces.shared.rest;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;
import uk.org.throughline.interfaces.shared.FieldPath;
import uk.org.throughline.interfaces.shared.dto.FieldError;

/** Constraint violations, from the resource's own check or a service's, as a 400 naming each JSON field. */
@Provider
public class ConstraintViolationExceptionMapper implements ExceptionMapper<ConstraintViolationException> {

    /** Violations come as a set: sorted, the same request always gets the same answer. */
    private static final Comparator<FieldError> BY_FIELD = Comparator
            .comparing(FieldError::field, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(FieldError::message);

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        return validationProblem(fieldErrors(exception), uriInfo);
    }

    static List<FieldError> fieldErrors(ConstraintViolationException exception) {
        return exception.getConstraintViolations().stream()
                .map(v -> new FieldError(FieldPath.of(v.getPropertyPath()).jsonName(), v.getMessage()))
                .sorted(BY_FIELD)
                .toList();
    }

    static Response validationProblem(List<FieldError> errors, UriInfo uriInfo) {
        return Problems.response(ProblemType.VALIDATION
                .problem("Correct the fields listed in errors", Problems.instance(uriInfo))
                .withErrors(errors));
    }
}
