package uk.org.throughline.interfaces.staff.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.org.throughline.application.staff.StaffDirectory;
import uk.org.throughline.application.staff.StaffPermissions;
import uk.org.throughline.interfaces.shared.rest.ThroughlineApi;
import uk.org.throughline.interfaces.staff.dto.StaffRankRequest;
import uk.org.throughline.interfaces.staff.dto.StaffRolesRequest;

/**
 * What an administrator changes about a member of staff's access. Each change applies to the account's
 * very next request, on the pages and the API alike, and is audited.
 */
@Path("staff/{username}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Staff", description = "Staff accounts: disabling one, changing its roles and its police rank")
public class StaffResource {

    @Inject
    StaffDirectory staffDirectory;

    @POST
    @Path("deactivation")
    @RolesAllowed(StaffPermissions.ADMINISTER)
    @Operation(summary = "Disable an account",
            description = "It can no longer sign in; its page sessions end and its API calls are refused from their "
                    + "next request. Not your own account.")
    @APIResponse(responseCode = "204", description = "Disabled")
    @APIResponse(responseCode = "403", ref = ThroughlineApi.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ThroughlineApi.NOT_FOUND)
    @APIResponse(responseCode = "422", ref = ThroughlineApi.BUSINESS_RULE)
    public void deactivate(@PathParam("username") String username) {
        staffDirectory.deactivate(username);
    }

    @DELETE
    @Path("deactivation")
    @RolesAllowed(StaffPermissions.ADMINISTER)
    @Operation(summary = "Enable a disabled account again", description = "Its holder signs in afresh.")
    @APIResponse(responseCode = "204", description = "Enabled")
    @APIResponse(responseCode = "403", ref = ThroughlineApi.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ThroughlineApi.NOT_FOUND)
    public void reactivate(@PathParam("username") String username) {
        staffDirectory.reactivate(username);
    }

    @PUT
    @Path("roles")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(StaffPermissions.ADMINISTER)
    @Operation(summary = "Replace an account's roles", description = "At least one; not your own account.")
    @APIResponse(responseCode = "204", description = "Changed")
    @APIResponse(responseCode = "400", ref = ThroughlineApi.INVALID)
    @APIResponse(responseCode = "403", ref = ThroughlineApi.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ThroughlineApi.NOT_FOUND)
    @APIResponse(responseCode = "422", ref = ThroughlineApi.BUSINESS_RULE)
    public void changeRoles(@PathParam("username") String username, StaffRolesRequest request) {
        staffDirectory.changeRoles(username, request == null ? null : request.roles());
    }

    @PUT
    @Path("rank")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(StaffPermissions.ADMINISTER)
    @Operation(summary = "Record an account's police rank",
            description = "CONSTABLE to CHIEF_SUPERINTENDENT, or null for civilian staff. Only an inspector or above "
                    + "may give a conditional caution although scheme rules failed. Not your own account.")
    @APIResponse(responseCode = "204", description = "Changed")
    @APIResponse(responseCode = "400", ref = ThroughlineApi.INVALID)
    @APIResponse(responseCode = "403", ref = ThroughlineApi.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ThroughlineApi.NOT_FOUND)
    @APIResponse(responseCode = "422", ref = ThroughlineApi.BUSINESS_RULE)
    public void changeRank(@PathParam("username") String username, StaffRankRequest request) {
        staffDirectory.changeRank(username, request == null ? null : request.rank());
    }
}
