package uk.org.throughline.interfaces.disposal.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.org.throughline.application.police.DisposalForm;
import uk.org.throughline.application.police.DisposalService;
import uk.org.throughline.application.police.DisposalView;
import uk.org.throughline.application.police.PolicePermissions;
import uk.org.throughline.interfaces.disposal.dto.DisposalRequest;
import uk.org.throughline.interfaces.disposal.facade.DisposalDtoMapper;
import uk.org.throughline.interfaces.shared.rest.Locations;
import uk.org.throughline.interfaces.shared.rest.RequestValidator;
import uk.org.throughline.interfaces.shared.rest.ThroughlineApi;

/** What was decided for each suspect after arrest or voluntary interview, as Home Office outcome types. */
@Path("disposals")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Disposals", description = "Outcomes after arrest or voluntary interview (Home Office outcome types)")
public class DisposalResource {

    @Inject
    DisposalService disposals;

    @Inject
    RequestValidator validator;

    @Context
    UriInfo uriInfo;

    @POST
    @RolesAllowed(PolicePermissions.RECORD)
    @Operation(summary = "Record a disposal",
            description = "Follows an arrest or a voluntary interview (give one). A charge opens a court case "
                    + "(courtCaseId). For a conditional caution use POST /api/cautions.")
    @APIResponse(responseCode = "201", description = "Recorded; Location is the new disposal",
            content = @Content(schema = @Schema(implementation = DisposalView.class)))
    @APIResponse(responseCode = "400", ref = ThroughlineApi.INVALID)
    @APIResponse(responseCode = "403", ref = ThroughlineApi.FORBIDDEN)
    @APIResponse(responseCode = "422", ref = ThroughlineApi.BUSINESS_RULE)
    public Response record(DisposalRequest request) {
        DisposalForm form = DisposalDtoMapper.toForm(RequestValidator.requireBody(request));
        validator.validate(form);
        DisposalView disposal = disposals.record(form);
        return Locations.created(uriInfo, disposal.id(), disposal).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed(PolicePermissions.READ_OUTCOMES)
    @Operation(summary = "Read a disposal")
    @APIResponse(responseCode = "200", description = "The disposal",
            content = @Content(schema = @Schema(implementation = DisposalView.class)))
    @APIResponse(responseCode = "403", ref = ThroughlineApi.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ThroughlineApi.NOT_FOUND)
    public DisposalView read(@PathParam("id") long id) {
        return disposals.view(id);
    }
}
