package uk.org.throughline.interfaces.programme.rest;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.org.throughline.application.programme.CatalogueForms.ProgrammeForm;
import uk.org.throughline.application.programme.ProgrammeCatalogue;
import uk.org.throughline.application.programme.ProgrammeDetails;
import uk.org.throughline.application.programme.ProgrammePermissions;
import uk.org.throughline.application.programme.ProgrammeView;
import uk.org.throughline.application.programme.ReferralService;
import uk.org.throughline.domain.shared.RecordNotFoundException;
import uk.org.throughline.interfaces.programme.dto.CatalogueEntryRequest;
import uk.org.throughline.interfaces.programme.dto.CatalogueEntryResponse;
import uk.org.throughline.interfaces.programme.facade.ProgrammeDtoMapper;
import uk.org.throughline.interfaces.shared.rest.RequestValidator;
import uk.org.throughline.interfaces.shared.rest.ThroughlineApi;
import uk.org.throughline.interfaces.shared.rest.Versions;

/** The programme catalogue, to refer to and plan cohorts with, and kept by administrators. */
@Path("programmes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Programmes", description = "The catalogue of perpetrator programmes")
public class ProgrammeResource {

    @Inject
    ReferralService referrals;

    @Inject
    ProgrammeCatalogue catalogue;

    @Inject
    RequestValidator validator;

    @Context
    UriInfo uriInfo;

    @GET
    @RolesAllowed(ProgrammePermissions.READ_REFERRALS)
    @Operation(summary = "List the programmes", description = "Each with its shape, completion rule and the referral "
            + "routes it accepts.")
    @APIResponse(responseCode = "200", description = "The catalogue")
    @APIResponse(responseCode = "403", ref = ThroughlineApi.FORBIDDEN)
    public List<ProgrammeView> list() {
        return referrals.programmes();
    }

    @GET
    @Path("{id}")
    @RolesAllowed(ProgrammePermissions.READ_REFERRALS)
    @Operation(summary = "Read a programme")
    @APIResponse(responseCode = "200", description = "The programme")
    @APIResponse(responseCode = "403", ref = ThroughlineApi.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ThroughlineApi.NOT_FOUND)
    public ProgrammeView read(@PathParam("id") long id) {
        return referrals.programmes().stream()
                .filter(programme -> programme.id() == id)
                .findFirst()
                .orElseThrow(() -> new RecordNotFoundException("Programme", id));
    }

    @GET
    @Path("{id}/catalogue-entry")
    @RolesAllowed(ProgrammePermissions.EDIT_CATALOGUE)
    @Operation(summary = "Read a programme's whole catalogue entry", description = "Eligibility, routes with their "
            + "enforcement, delivery shape, completion rule and parallel support; the ETag is the version to send with "
            + "a change.")
    @APIResponse(responseCode = "200", description = "The catalogue entry",
            content = @Content(schema = @Schema(implementation = CatalogueEntryResponse.class)))
    @APIResponse(responseCode = "403", ref = ThroughlineApi.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ThroughlineApi.NOT_FOUND)
    public Response entry(@PathParam("id") long id) {
        ProgrammeDetails details = catalogue.programme(id);
        return Versions.current(details.version(), ProgrammeDtoMapper.toResponse(details));
    }

    @POST
    @RolesAllowed(ProgrammePermissions.EDIT_CATALOGUE)
    @Operation(summary = "Add a programme to the catalogue")
    @APIResponse(responseCode = "201", description = "Added; Location is the new programme",
            content = @Content(schema = @Schema(implementation = CatalogueEntryResponse.class)))
    @APIResponse(responseCode = "400", ref = ThroughlineApi.INVALID)
    @APIResponse(responseCode = "403", ref = ThroughlineApi.FORBIDDEN)
    public Response add(CatalogueEntryRequest request) {
        ProgrammeForm form = ProgrammeDtoMapper.toForm(RequestValidator.requireBody(request));
        validator.validate(form);
        ProgrammeDetails added = catalogue.add(form);
        return Versions.created(uriInfo, added.id(), added.version(), ProgrammeDtoMapper.toResponse(added));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(ProgrammePermissions.EDIT_CATALOGUE)
    @Operation(summary = "Change a programme's catalogue entry", description = "The whole entry, at the version read. "
            + "The number of sessions cannot change while an open cohort has its sessions planned.")
    @APIResponse(responseCode = "200", description = "The entry as changed",
            content = @Content(schema = @Schema(implementation = CatalogueEntryResponse.class)))
    @APIResponse(responseCode = "400", ref = ThroughlineApi.INVALID)
    @APIResponse(responseCode = "403", ref = ThroughlineApi.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ThroughlineApi.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ThroughlineApi.CONFLICT)
    @APIResponse(responseCode = "422", ref = ThroughlineApi.BUSINESS_RULE)
    public Response update(@PathParam("id") long id, CatalogueEntryRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        ProgrammeDetails changed = validator.change(id, RequestValidator.requireBody(request).version(), ifMatch,
                ProgrammeDtoMapper.toForm(request), catalogue::update);
        return Versions.current(changed.version(), ProgrammeDtoMapper.toResponse(changed));
    }
}
