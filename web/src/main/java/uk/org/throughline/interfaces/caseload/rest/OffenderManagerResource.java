package uk.org.throughline.interfaces.caseload.rest;

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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.org.throughline.application.caseload.AllocationView;
import uk.org.throughline.application.caseload.CaseloadAccess;
import uk.org.throughline.application.caseload.CaseloadForms.AllocationForm;
import uk.org.throughline.application.caseload.CaseloadPermissions;
import uk.org.throughline.application.person.PersonPermissions;
import uk.org.throughline.interfaces.shared.rest.Locations;
import uk.org.throughline.interfaces.shared.rest.RequestValidator;
import uk.org.throughline.interfaces.shared.rest.ThroughlineApi;

/** A person's offender managers (probation or YOT), with the dated history of who managed him. */
@Path("persons/{id}/offender-managers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Persons")
public class OffenderManagerResource {

    @Inject
    CaseloadAccess caseload;

    @Context
    UriInfo uriInfo;

    @GET
    @RolesAllowed(PersonPermissions.READ)
    @Operation(summary = "A person's offender managers, the current one first")
    @APIResponse(responseCode = "200", description = "Every allocation, newest first; allocatedTo is null while it runs")
    @APIResponse(responseCode = "403", ref = ThroughlineApi.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ThroughlineApi.NOT_FOUND)
    public List<AllocationView> allocations(@PathParam("id") long id) {
        return caseload.allocations(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(CaseloadPermissions.ALLOCATE)
    @Operation(summary = "Allocate a person to an offender manager",
            description = "Managers and administrators. From the day given; the current allocation ends the day before.")
    @APIResponse(responseCode = "201", description = "The new allocation")
    @APIResponse(responseCode = "400", ref = ThroughlineApi.INVALID)
    @APIResponse(responseCode = "403", ref = ThroughlineApi.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ThroughlineApi.NOT_FOUND)
    public Response allocate(@PathParam("id") long id, AllocationForm form) {
        AllocationView allocation = caseload.allocate(id, RequestValidator.requireBody(form));
        return Locations.created(uriInfo, allocation.id(), allocation).build();
    }
}
