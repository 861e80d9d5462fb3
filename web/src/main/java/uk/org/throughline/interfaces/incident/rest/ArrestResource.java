package uk.org.throughline.interfaces.incident.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.org.throughline.application.police.ArrestForm;
import uk.org.throughline.application.police.ArrestView;
import uk.org.throughline.application.police.CustodyService;
import uk.org.throughline.application.police.PolicePermissions;
import uk.org.throughline.interfaces.incident.dto.ArrestRequest;
import uk.org.throughline.interfaces.incident.dto.ArrestResponse;
import uk.org.throughline.interfaces.incident.dto.CustodyResultRequest;
import uk.org.throughline.interfaces.incident.facade.CustodyDtoMapper;
import uk.org.throughline.interfaces.shared.rest.RequestValidator;
import uk.org.throughline.interfaces.shared.rest.ThroughlineApi;
import uk.org.throughline.interfaces.shared.rest.Versions;

/** Arrests of suspects and what custody decided, with the bail conditions that matter to victims' safety. */
@Path("arrests")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Arrests", description = "Arrests, custody results and bail conditions")
public class ArrestResource {

    @Inject
    CustodyService custody;

    @Inject
    RequestValidator validator;

    @Context
    UriInfo uriInfo;

    @POST
    @RolesAllowed(PolicePermissions.RECORD)
    @Operation(summary = "Record an arrest",
            description = "The person must be recorded as a suspect of the incident; the arrest cannot be before it.")
    @APIResponse(responseCode = "201", description = "Recorded; Location is the new arrest",
            content = @Content(schema = @Schema(implementation = ArrestResponse.class)))
    @APIResponse(responseCode = "400", ref = ThroughlineApi.INVALID)
    @APIResponse(responseCode = "403", ref = ThroughlineApi.FORBIDDEN)
    public Response record(ArrestRequest request) {
        ArrestForm form = CustodyDtoMapper.toForm(RequestValidator.requireBody(request));
        validator.validate(form);
        ArrestView arrest = custody.recordArrest(form);
        return Versions.created(uriInfo, arrest.id(), arrest.version(), CustodyDtoMapper.toResponse(arrest));
    }

    @GET
    @Path("{id}")
    @RolesAllowed(PolicePermissions.READ_CUSTODY)
    @Operation(summary = "Read an arrest", description = "The ETag is the version to send with the custody result.")
    @APIResponse(responseCode = "200", description = "The arrest with its custody result and bail conditions",
            content = @Content(schema = @Schema(implementation = ArrestResponse.class)))
    @APIResponse(responseCode = "403", ref = ThroughlineApi.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ThroughlineApi.NOT_FOUND)
    public Response read(@PathParam("id") long id) {
        ArrestView arrest = custody.viewArrest(id);
        return Versions.current(arrest.version(), CustodyDtoMapper.toResponse(arrest));
    }

    @POST
    @Path("{id}/custody-result")
    @RolesAllowed(PolicePermissions.RECORD)
    @Operation(summary = "Record the custody result",
            description = "Bail or release under investigation may be followed by a final result, which then "
                    + "cannot change (422 naming the result recorded). Bail conditions in force are lifted by a new "
                    + "result. Send the version read, in the body or as If-Match; if someone else has saved since, 409.")
    @APIResponse(responseCode = "200", description = "The arrest with its result",
            content = @Content(schema = @Schema(implementation = ArrestResponse.class)))
    @APIResponse(responseCode = "400", ref = ThroughlineApi.INVALID)
    @APIResponse(responseCode = "403", ref = ThroughlineApi.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ThroughlineApi.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ThroughlineApi.CONFLICT)
    @APIResponse(responseCode = "422", ref = ThroughlineApi.BUSINESS_RULE)
    public Response recordCustodyResult(@PathParam("id") long id, CustodyResultRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        ArrestView arrest = validator.change(id, RequestValidator.requireBody(request).version(), ifMatch,
                CustodyDtoMapper.toForm(request), custody::recordCustodyResult);
        return Versions.current(arrest.version(), CustodyDtoMapper.toResponse(arrest));
    }
}
