package uk.org.throughline.interfaces.police.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.org.throughline.application.police.PolicePermissions;
import uk.org.throughline.application.police.PoliceWorklist;
import uk.org.throughline.interfaces.shared.rest.ThroughlineApi;

/** What police must act on next: cautions due or awaiting a decision, time limits, expiring bail. */
@Path("police-worklist")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Police worklist", description = "Cautions and bail conditions that need police action soon")
public class PoliceWorklistResource {

    @Inject
    PoliceWorklist worklist;

    @GET
    @RolesAllowed(PolicePermissions.READ_CUSTODY)
    @Operation(summary = "Today's police worklist",
            description = "Cautions due soon, cautions failed or overdue awaiting a decision, summary time limits "
                    + "approaching, and bail conditions expiring; the windows are configured.")
    @APIResponse(responseCode = "200", description = "The worklist")
    @APIResponse(responseCode = "403", ref = ThroughlineApi.FORBIDDEN)
    public PoliceWorklist.Worklist today() {
        return worklist.today();
    }
}
