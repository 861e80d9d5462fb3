package uk.org.throughline.interfaces.shared.rest;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.org.throughline.interfaces.shared.dto.FieldError;

/**
 * The last resort. A body that JSON-B could not read (bad syntax, a wrong type, an unknown enum
 * constant) is the client's mistake: 400, naming the field when JSON-B does. Anything else is ours: 500 with a reference the client
 * can quote, the stack trace only in the server log.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Context
    UriInfo uriInfo;

    @Context
    ResourceInfo resourceInfo;

    @Override
    public Response toResponse(Throwable exception) {
        return isUnreadableBody(exception) ? unreadableBody(exception, uriInfo, resourceInfo)
                : serverError(exception, uriInfo);
    }

    /** RESTEasy reports a body it could not bind as a ProcessingException around the JsonbException. */
    static boolean isUnreadableBody(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonbException || cause instanceof ProcessingException) {
                return true;
            }
        }
        return false;
    }

    /** A value of the wrong type in a field JSON-B names is that field's error; anything else is malformed JSON. */
    static Response unreadableBody(Throwable exception, UriInfo uriInfo, ResourceInfo resource) {
        List<FieldError> errors = UnreadableValue.in(exception,
                EnumFields.bodyTypeOf(resource == null ? null : resource.getResourceMethod()));
        return errors.isEmpty()
                ? Problems.response(ProblemType.MALFORMED_JSON, "The request body is not valid JSON", uriInfo)
                : ConstraintViolationExceptionMapper.validationProblem(errors, uriInfo);
    }

    static Response serverError(Throwable exception, UriInfo uriInfo) {
        String reference = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected failure, reference " + reference, exception);
        return Problems.response(ProblemType.SERVER_ERROR,
                "The request could not be completed. Quote reference " + reference + " when reporting it.", uriInfo);
    }
}
