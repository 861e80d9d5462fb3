package uk.org.throughline.interfaces.incident.rest;

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
import uk.org.throughline.application.police.CustodyService;
import uk.org.throughline.application.police.PolicePermissions;
import uk.org.throughline.application.police.VoluntaryInterviewForm;
import uk.org.throughline.application.police.VoluntaryInterviewView;
import uk.org.throughline.interfaces.incident.dto.VoluntaryInterviewRequest;
import uk.org.throughline.interfaces.incident.dto.VoluntaryInterviewResponse;
import uk.org.throughline.interfaces.incident.facade.CustodyDtoMapper;
import uk.org.throughline.interfaces.shared.rest.Locations;
import uk.org.throughline.interfaces.shared.rest.RequestValidator;
import uk.org.throughline.interfaces.shared.rest.ThroughlineApi;

/** Suspects interviewed under caution without arrest: the other way to a disposal. */
@Path("voluntary-interviews")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Voluntary interviews", description = "Suspects interviewed under caution without arrest")
public class VoluntaryInterviewResource {

    @Inject
    CustodyService custody;

    @Inject
    RequestValidator validator;

    @Context
    UriInfo uriInfo;

    @POST
    @RolesAllowed(PolicePermissions.RECORD)
    @Operation(summary = "Record a voluntary interview",
            description = "The person must be recorded as a suspect of the incident; the interview cannot be before it.")
    @APIResponse(responseCode = "201", description = "Recorded; Location is the new interview",
            content = @Content(schema = @Schema(implementation = VoluntaryInterviewResponse.class)))
    @APIResponse(responseCode = "400", ref = ThroughlineApi.INVALID)
    @APIResponse(responseCode = "403", ref = ThroughlineApi.FORBIDDEN)
    public Response record(VoluntaryInterviewRequest request) {
        VoluntaryInterviewForm form = CustodyDtoMapper.toForm(RequestValidator.requireBody(request));
        validator.validate(form);
        VoluntaryInterviewView interview = custody.recordVoluntaryInterview(form);
        return Locations.created(uriInfo, interview.id(), CustodyDtoMapper.toResponse(interview)).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed(PolicePermissions.READ_CUSTODY)
    @Operation(summary = "Read a voluntary interview")
    @APIResponse(responseCode = "200", description = "The interview",
            content = @Content(schema = @Schema(implementation = VoluntaryInterviewResponse.class)))
    @APIResponse(responseCode = "403", ref = ThroughlineApi.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ThroughlineApi.NOT_FOUND)
    public VoluntaryInterviewResponse read(@PathParam("id") long id) {
        return CustodyDtoMapper.toResponse(custody.viewVoluntaryInterview(id));
    }
}
