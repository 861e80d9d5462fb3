package uk.org.throughline.interfaces.shared.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import uk.org.throughline.interfaces.shared.dto.ProblemDetail;

/** Builds the problem+json responses of the exception mappers. */
final class Problems {

    private Problems() {
    }

    static Response response(ProblemDetail problem) {
        return Response.status(problem.status()).type(ProblemDetail.MEDIA_TYPE).entity(problem).build();
    }

    static Response response(ProblemType type, String detail, UriInfo uriInfo) {
        return response(type.problem(detail, instance(uriInfo)));
    }

    static String instance(UriInfo uriInfo) {
        return uriInfo.getRequestUri().getPath();
    }
}
