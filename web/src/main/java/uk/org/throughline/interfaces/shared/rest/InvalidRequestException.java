package uk.org.throughline.interfaces.shared.rest;

import java.util.List;
import uk.org.throughline.interfaces.shared.dto.FieldError;

/** A request whose parameters or body the resource itself refused, before any service was called. */
public class InvalidRequestException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<FieldError> errors;

    public InvalidRequestException(List<FieldError> errors) {
        super("Invalid request: " + errors);
        this.errors = List.copyOf(errors);
    }

    public InvalidRequestException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
