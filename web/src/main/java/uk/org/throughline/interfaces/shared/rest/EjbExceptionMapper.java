package uk.org.throughline.interfaces.shared.rest;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.Providers;

/**
 * The EJB container wraps system exceptions, such as a service's parameter check failing, in an
 * EJBException: the cause is answered by its own mapper. A role the bean refused is a 403.
 */
@Provider
public class EjbExceptionMapper implements ExceptionMapper<EJBException> {

    @Context
    UriInfo uriInfo;

    @Context
    Providers providers;

    @Override
    public Response toResponse(EJBException exception) {
        if (exception instanceof EJBAccessException) {
            return Problems.response(ProblemType.FORBIDDEN, "Your role does not allow this.", uriInfo);
        }
        Throwable cause = exception.getCause();
        if (cause == null) {
            return UnexpectedExceptionMapper.serverError(exception, uriInfo);
        }
        return mapperFor(cause).toResponse(cause);
    }

    @SuppressWarnings("unchecked")
    private ExceptionMapper<Throwable> mapperFor(Throwable cause) {
        return (ExceptionMapper<Throwable>) providers.getExceptionMapper(cause.getClass());
    }
}
