package uk.org.throughline.interfaces.incident.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.org.throughline.application.police.IncidentForm;
import uk.org.throughline.application.police.IncidentService;
import uk.org.throughline.application.police.IncidentView;
import uk.org.throughline.application.police.PolicePermissions;
import uk.org.throughline.interfaces.incident.dto.IncidentRequest;
import uk.org.throughline.interfaces.incident.dto.IncidentResponse;
import uk.org.throughline.interfaces.incident.facade.IncidentDtoMapper;
import uk.org.throughline.interfaces.shared.rest.InvalidRequestException;
import uk.org.throughline.interfaces.shared.rest.RequestValidator;
import uk.org.throughline.interfaces.shared.rest.ThroughlineApi;
import uk.org.throughline.interfaces.shared.rest.Versions;

/**
 * Domestic-abuse incidents as police record them. Police (and administrators) record and correct;
 * partner-contact workers and managers read those their role allows.
 */
@Path("incidents")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Incidents", description = "Domestic-abuse incidents: people involved, offences, DASH level at the scene")
public class IncidentResource {

    @Inject
    IncidentService incidents;

    @Inject
    RequestValidator validator;

    @Context
    UriInfo uriInfo;

    @POST
    @RolesAllowed(PolicePermissions.RECORD)
    @Operation(summary = "Record an incident", description = "The police reference must not be in use already.")
    @APIResponse(responseCode = "201", description = "Recorded; Location is the new incident",
            content = @Content(schema = @Schema(implementation = IncidentResponse.class)))
    @APIResponse(responseCode = "400", ref = ThroughlineApi.INVALID)
    @APIResponse(responseCode = "403", ref = ThroughlineApi.FORBIDDEN)
    public Response record(IncidentRequest request) {
        IncidentForm form = IncidentDtoMapper.toForm(RequestValidator.requireBody(request));
        validator.validate(form);
        IncidentView incident = incidents.record(form);
        return Versions.created(uriInfo, incident.id(), incident.version(), IncidentDtoMapper.toResponse(incident));
    }

    @GET
    @RolesAllowed(PolicePermissions.READ_INCIDENTS)
    @Operation(summary = "Find an incident by its police reference",
            description = "The reference may be typed in any case; the list has the one incident, or none.")
    @APIResponse(responseCode = "200", description = "The incident with that reference, if any",
            content = @Content(schema = @Schema(implementation = IncidentResponse.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "400", ref = ThroughlineApi.INVALID)
    public List<IncidentResponse> findByPoliceReference(
            @Parameter(description = "The police reference", required = true, example = "NP/26/004512")
            @QueryParam("policeReference") String policeReference) {
        if (policeReference == null || policeReference.isBlank()) {
            throw new InvalidRequestException("policeReference", "Give the police reference to look for");
        }
        return incidents.findByPoliceReference(policeReference.strip()).map(IncidentDtoMapper::toResponse).stream()
                .toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed(PolicePermissions.READ_INCIDENTS)
    @Operation(summary = "Read an incident", description = "The ETag is the version to send back with a correction.")
    @APIResponse(responseCode = "200", description = "The incident",
            content = @Content(schema = @Schema(implementation = IncidentResponse.class)))
    @APIResponse(responseCode = "403", ref = ThroughlineApi.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ThroughlineApi.NOT_FOUND)
    public Response read(@PathParam("id") long id) {
        IncidentView incident = incidents.view(id);
        return Versions.current(incident.version(), IncidentDtoMapper.toResponse(incident));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(PolicePermissions.RECORD)
    @Operation(summary = "Correct an incident",
            description = "Send the version read, in the body or as If-Match; if someone else has saved since, 409.")
    @APIResponse(responseCode = "200", description = "Saved",
            content = @Content(schema = @Schema(implementation = IncidentResponse.class)))
    @APIResponse(responseCode = "400", ref = ThroughlineApi.INVALID)
    @APIResponse(responseCode = "403", ref = ThroughlineApi.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ThroughlineApi.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ThroughlineApi.CONFLICT)
    public Response correct(@PathParam("id") long id, IncidentRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        IncidentView incident = validator.change(id, RequestValidator.requireBody(request).version(), ifMatch,
                IncidentDtoMapper.toForm(request), incidents::update);
        return Versions.current(incident.version(), IncidentDtoMapper.toResponse(incident));
    }
}
