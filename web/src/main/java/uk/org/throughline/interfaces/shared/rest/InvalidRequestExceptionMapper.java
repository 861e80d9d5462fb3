package uk.org.throughline.interfaces.shared.rest;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Parameters or a body a resource refused: a 400 listing each field at fault. */
@Provider
public class InvalidRequestExceptionMapper implements ExceptionMapper<InvalidRequestException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(InvalidRequestException exception) {
        return ConstraintViolationExceptionMapper.validationProblem(exception.errors(), uriInfo);
    }
}
