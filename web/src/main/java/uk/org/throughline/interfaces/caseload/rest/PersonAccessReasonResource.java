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
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.org.throughline.application.caseload.CaseloadAccess;
import uk.org.throughline.application.caseload.CaseloadForms.ReasonForm;
import uk.org.throughline.application.caseload.CaseloadPermissions;
import uk.org.throughline.application.caseload.PersonAccessView;
import uk.org.throughline.application.person.PersonPermissions;
import uk.org.throughline.interfaces.shared.rest.RequestValidator;
import uk.org.throughline.interfaces.shared.rest.ThroughlineApi;

/**
 * Whether the caller may open a person's records, and opening those of someone not on their caseload
 * with a reason (break-glass). The reason travels in the body, never in the address.
 */
@Path("persons/{id}/access")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Persons")
public class PersonAccessReasonResource {

    @Inject
    CaseloadAccess caseload;

    @GET
    @RolesAllowed(PersonPermissions.READ)
    @Operation(summary = "What the caller may do with a person's records",
            description = "EVERYONE (their role reads everyone's), ON_CASELOAD, OPENED_FOR_REASON, OFF_CASELOAD (name "
                    + "and year of birth only until a reason is given) or RESTRICTED (no name; no reason opens it).")
    @APIResponse(responseCode = "200", description = "The person as far as the caller may know")
    @APIResponse(responseCode = "404", ref = ThroughlineApi.NOT_FOUND)
    public PersonAccessView access(@PathParam("id") long id) {
        return caseload.describe(id);
    }

    @POST
    @Path("reasons")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(CaseloadPermissions.OPEN_FOR_REASON)
    @Operation(summary = "Open the records of someone not on the caller's caseload, giving the reason",
            description = "For probation officers, YOT workers and facilitators. The records stay open to the caller "
                    + "for a working day (8 hours unless configured); the opening is audited with its reason and the "
                    + "caller's team managers are alerted. A restricted record cannot be opened this way (403).")
    @APIResponse(responseCode = "204", description = "Opened")
    @APIResponse(responseCode = "400", ref = ThroughlineApi.INVALID)
    @APIResponse(responseCode = "403", ref = ThroughlineApi.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ThroughlineApi.NOT_FOUND)
    public void open(@PathParam("id") long id, ReasonForm form) {
        caseload.openForReason(id, RequestValidator.requireBody(form));
    }
}
