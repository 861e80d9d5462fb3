package uk.org.throughline.interfaces.shared.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.Map;
import java.util.Set;

/**
 * Checks request bodies and query objects before a service is called, so the fields in the 400
 * are named as the client wrote them rather than by the service method's parameters.
 */
@ApplicationScoped
public class RequestValidator {

    @Inject
    Validator validator;

    /** A body that is missing altogether (JSON-B reads an empty body as null) is refused before anything else. */
    public static <T> T requireBody(T body) {
        if (body == null) {
            throw new InvalidRequestException(null, "Send the request body as JSON");
        }
        return body;
    }

    /** @throws ConstraintViolationException listing every field at fault */
    public void validate(Object body) {
        Set<ConstraintViolation<Object>> violations = validator.validate(requireBody(body));
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
    }

    /**
     * Applies a change to a record at the version the client read (from the body, or else If-Match),
     * once the change's form is valid: a stale version is the service's 409.
     */
    public <F, V> V change(long recordId, Long version, String ifMatch, F form, VersionedChange<F, V> change) {
        long expectedVersion = Versions.expected(version, ifMatch);
        validate(form);
        return change.apply(recordId, expectedVersion, form);
    }

    /** Adds the query object's violations to the parameters' own errors, then refuses if there are any. */
    public void validate(Object query, QueryParameters parameters, Map<String, String> parameterNames) {
        parameters.add(validator.validate(query), parameterNames);
        parameters.throwIfInvalid();
    }
}
