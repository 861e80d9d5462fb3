package uk.org.throughline.interfaces.shared.rest;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import uk.org.throughline.domain.model.programme.IneligibleForProgrammeException;
import uk.org.throughline.interfaces.shared.dto.RuleResultDto;

/**
 * A programme referral refused because the person fails the programme's eligibility criteria: a 422
 * whose {@code failedRules} name each criterion failed and why, so the referrer can refer elsewhere
 * or ask an authorised member of staff to proceed with a reason.
 */
@Provider
public class IneligibleForProgrammeExceptionMapper implements ExceptionMapper<IneligibleForProgrammeException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(IneligibleForProgrammeException exception) {
        return Problems.response(ProblemType.INELIGIBLE_FOR_PROGRAMME
                .problem(exception.getMessage(), Problems.instance(uriInfo))
                .withFailedRules(exception.failures().stream()
                        .map(failure -> new RuleResultDto(failure.criterion().name(), failure.criterion().label(),
                                failure.passed(), failure.reason()))
                        .toList()));
    }
}
