package uk.org.throughline.interfaces.caseload.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.org.throughline.application.caseload.CaseloadAccess;
import uk.org.throughline.application.caseload.CaseloadForms.RestrictionForm;
import uk.org.throughline.application.caseload.CaseloadPermissions;
import uk.org.throughline.application.caseload.RestrictionView;
import uk.org.throughline.interfaces.shared.rest.RequestValidator;
import uk.org.throughline.interfaces.shared.rest.ThroughlineApi;
import uk.org.throughline.interfaces.shared.rest.Versions;

/**
 * A record restricted to named staff, or closed to them (nDelius' limited access): administrators keep the
 * lists; search, every read and every export respect them.
 */
@Path("persons/{id}/restrictions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Persons")
public class PersonRestrictionResource {

    @Inject
    CaseloadAccess caseload;

    @Context
    UriInfo uriInfo;

    @GET
    @RolesAllowed(CaseloadPermissions.RESTRICT)
    @Operation(summary = "The restrictions in force on a person's record")
    @APIResponse(responseCode = "200", description = "RESTRICTED_TO and EXCLUDED entries, oldest first")
    @APIResponse(responseCode = "404", ref = ThroughlineApi.NOT_FOUND)
    public List<RestrictionView> restrictions(@PathParam("id") long id) {
        return caseload.restrictions(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(CaseloadPermissions.RESTRICT)
    @Operation(summary = "Restrict a record to a named member of staff, or close it to one",
            description = "RESTRICTED_TO: only the staff so named may open it; EXCLUDED: the member of staff may not.")
    @APIResponse(responseCode = "201", description = "The restriction, in force at once")
    @APIResponse(responseCode = "400", ref = ThroughlineApi.INVALID)
    @APIResponse(responseCode = "404", ref = ThroughlineApi.NOT_FOUND)
    public Response restrict(@PathParam("id") long id, RestrictionForm form) {
        RestrictionView restriction = caseload.restrict(id, RequestValidator.requireBody(form));
        return Versions.created(uriInfo, restriction.id(), restriction.version(), restriction);
    }

    @DELETE
    @Path("{restrictionId}")
    @RolesAllowed(CaseloadPermissions.RESTRICT)
    @Operation(summary = "Lift a restriction", description = "Send the version read as If-Match. The restriction "
            + "stays on record as lifted, by whom and when.")
    @APIResponse(responseCode = "204", description = "Lifted")
    @APIResponse(responseCode = "400", ref = ThroughlineApi.INVALID)
    @APIResponse(responseCode = "404", ref = ThroughlineApi.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ThroughlineApi.CONFLICT)
    public void lift(@PathParam("id") long id, @PathParam("restrictionId") long restrictionId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        caseload.liftRestriction(restrictionId, Versions.expected(null, ifMatch));
    }
}
