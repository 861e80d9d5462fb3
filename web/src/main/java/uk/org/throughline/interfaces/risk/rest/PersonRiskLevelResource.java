package uk.org.throughline.interfaces.risk.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.org.throughline.application.risk.RiskAssessmentService;
import uk.org.throughline.application.risk.RiskLevelView;
import uk.org.throughline.application.risk.RiskPermissions;
import uk.org.throughline.interfaces.shared.rest.ThroughlineApi;

/**
 * A victim's current risk level under her person's address: the one part of her risk every role
 * may read. The longer path is matched here before PersonResource.
 */
@Path("persons/{id}/risk-level")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Persons")
public class PersonRiskLevelResource {

    @Inject
    RiskAssessmentService assessments;

    @GET
    @RolesAllowed(RiskPermissions.READ_LEVEL)
    @Operation(summary = "A victim's current risk level",
            description = "Standard, medium or high, and since when: the latest DASH assessment or DASH level at the "
                    + "scene. No answers, safety plan or MARAC details, so perpetrator-facing roles may read it.")
    @APIResponse(responseCode = "200", description = "The level; null when none is recorded")
    @APIResponse(responseCode = "404", ref = ThroughlineApi.NOT_FOUND)
    public RiskLevelView current(@PathParam("id") long id) {
        return assessments.currentLevel(id);
    }
}
