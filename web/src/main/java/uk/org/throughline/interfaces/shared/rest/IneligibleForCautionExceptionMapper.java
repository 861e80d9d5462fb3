package uk.org.throughline.interfaces.shared.rest;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import uk.org.throughline.domain.model.caution.IneligibleForCautionException;
import uk.org.throughline.interfaces.shared.dto.RuleResultDto;

/**
 * A conditional caution refused because the case fails scheme rules and no reason to proceed was
 * given: a 422 whose {@code failedRules} say which rules failed and why, so the officer can either
 * choose another disposal or send the reason for proceeding.
 */
@Provider
public class IneligibleForCautionExceptionMapper implements ExceptionMapper<IneligibleForCautionException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(IneligibleForCautionException exception) {
        return Problems.response(ProblemType.INELIGIBLE_FOR_CAUTION
                .problem(exception.getMessage(), Problems.instance(uriInfo))
                .withFailedRules(exception.failures().stream()
                        .map(failure -> new RuleResultDto(failure.rule().name(), failure.rule().label(),
                                failure.passed(), failure.reason()))
                        .toList()));
    }
}
