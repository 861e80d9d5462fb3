package uk.org.throughline.interfaces.shared.rest;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import uk.org.throughline.application.person.PossibleDuplicateException;
import uk.org.throughline.domain.shared.BusinessException;
import uk.org.throughline.domain.shared.ConcurrentEditException;
import uk.org.throughline.domain.shared.InvalidFieldException;
import uk.org.throughline.domain.shared.NotPermittedException;
import uk.org.throughline.domain.shared.RecordNotFoundException;
import uk.org.throughline.interfaces.shared.FieldPath;
import uk.org.throughline.interfaces.shared.dto.DuplicateMatch;
import uk.org.throughline.interfaces.shared.dto.FieldError;

/** What a service refused, in its own words, with the status that says why. */
@Provider
public class BusinessExceptionMapper implements ExceptionMapper<BusinessException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(BusinessException exception) {
        if (exception instanceof InvalidFieldException invalid) {
            return ConstraintViolationExceptionMapper.validationProblem(List.of(new FieldError(
                    FieldPath.parse(invalid.field()).jsonName(), invalid.getMessage())), uriInfo);
        }
        if (exception instanceof PossibleDuplicateException duplicate) {
            return Problems.response(ProblemType.POSSIBLE_DUPLICATE
                    .problem(duplicate.getMessage() + " To create it anyway, send the request again with confirmNew=true.",
                            Problems.instance(uriInfo))
                    .withMatches(duplicate.matches().stream()
                            .map(m -> new DuplicateMatch(m.id(), m.displayName(), m.dateOfBirth(), m.score()))
                            .toList()));
        }
        return Problems.response(typeOf(exception), exception.getMessage(), uriInfo);
    }

    private static ProblemType typeOf(BusinessException exception) {
        if (exception instanceof RecordNotFoundException) {
            return ProblemType.NOT_FOUND;
        }
        if (exception instanceof ConcurrentEditException) {
            return ProblemType.CONFLICT;
        }
        if (exception instanceof NotPermittedException) {
            return ProblemType.FORBIDDEN;
        }
        return ProblemType.BUSINESS_RULE;
    }
}
