package uk.org.throughline.interfaces.caseload.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.org.throughline.application.caseload.AccessForReasonView;
import uk.org.throughline.application.caseload.CaseloadAccess;
import uk.org.throughline.application.caseload.CaseloadPermissions;
import uk.org.throughline.domain.shared.UkDate;
import uk.org.throughline.interfaces.shared.rest.QueryParameters;
import uk.org.throughline.interfaces.shared.rest.ThroughlineApi;

/** The managers' report of records opened outside caseloads, with the reasons given. */
@Path("access-outside-caseload")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit")
public class AccessOutsideCaseloadResource {

    private static final int DEFAULT_DAYS = 30;

    @Inject
    CaseloadAccess caseload;

    @Inject
    Clock clock;

    @GET
    @RolesAllowed(CaseloadPermissions.REPORT)
    @Operation(summary = "Records opened outside caseloads",
            description = "By the members of the teams the caller manages (every one for an administrator), newest "
                    + "first; the last 30 days unless from and to are given.")
    @APIResponse(responseCode = "200", description = "Who opened whose records, when, why and until when")
    @APIResponse(responseCode = "400", ref = ThroughlineApi.INVALID)
    public List<AccessForReasonView> report(
            @Parameter(description = "First day, yyyy-MM-dd") @QueryParam("from") String from,
            @Parameter(description = "Last day, yyyy-MM-dd") @QueryParam("to") String to) {
        QueryParameters parameters = new QueryParameters();
        LocalDate first = parameters.date("from", from);
        LocalDate last = parameters.date("to", to);
        parameters.throwIfInvalid();
        LocalDate today = UkDate.today(clock);
        return caseload.openedOutsideCaseloads(first == null ? today.minusDays(DEFAULT_DAYS) : first,
                last == null ? today : last);
    }
}
