package uk.org.throughline.interfaces.shared.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import uk.org.throughline.interfaces.shared.dto.ProblemDetail;

/**
 * The JAX-RS runtime's own refusals (no such path, role not allowed, wrong method or media type) as
 * problem+json, with a detail of our own rather than the runtime's message, which names internals.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    public static final String BASIC_CHALLENGE = "Basic realm=\"Throughline\"";

    @Context
    UriInfo uriInfo;

    @Context
    ResourceInfo resourceInfo;

    @Override
    public Response toResponse(WebApplicationException exception) {
        int status = exception.getResponse().getStatus();
        if (UnexpectedExceptionMapper.isUnreadableBody(exception)) {
            return UnexpectedExceptionMapper.unreadableBody(exception, uriInfo, resourceInfo);
        }
        return switch (status) {
            case 400 -> Problems.response(ProblemType.VALIDATION, "The request is not valid.", uriInfo);
            case 401 -> Response.fromResponse(Problems.response(ProblemType.UNAUTHORIZED,
                    "Sign in with HTTP Basic authentication.", uriInfo))
                    .header(HttpHeaders.WWW_AUTHENTICATE, BASIC_CHALLENGE).build();
            case 403 -> Problems.response(ProblemType.FORBIDDEN, "Your role does not allow this.", uriInfo);
            case 404 -> Problems.response(ProblemType.NOT_FOUND, "There is nothing at this address.", uriInfo);
            default -> status >= 500
                    ? UnexpectedExceptionMapper.serverError(exception, uriInfo)
                    : Problems.response(statusOnly(status));
        };
    }

    /** RFC 9457's "about:blank": the status says it all (405, 406, 415 and the like). */
    private ProblemDetail statusOnly(int status) {
        Response.StatusType reason = Response.Status.fromStatusCode(status);
        String title = reason == null ? "Error" : reason.getReasonPhrase();
        return new ProblemDetail("about:blank", title, status, title, Problems.instance(uriInfo), null, null, null);
    }
}
