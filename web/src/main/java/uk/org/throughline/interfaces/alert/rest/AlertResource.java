package uk.org.throughline.interfaces.alert.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.org.throughline.application.alert.AlertInbox;
import uk.org.throughline.application.alert.AlertPermissions;
import uk.org.throughline.application.alert.AlertView;
import uk.org.throughline.interfaces.shared.rest.QueryParameters;
import uk.org.throughline.interfaces.shared.rest.ThroughlineApi;

/**
 * The signed-in user's inbox: alerts and tasks addressed to them or to their roles' queues. Alerts are
 * about people: each read is audited, naming the alerts read, and so is each marking.
 */
@Path("alerts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(AlertPermissions.INBOX)
@Tag(name = "Alerts", description = "Alerts and tasks raised by events, for a worker or a role's queue")
public class AlertResource {

    private static final int DEFAULT_LIMIT = 50;

    @Inject
    AlertInbox inbox;

    @GET
    @Operation(summary = "My alerts and tasks", description = "Unread first, then newest first. Audited: one row "
            + "naming the alerts read.")
    @APIResponse(responseCode = "200", description = "The alerts")
    @APIResponse(responseCode = "400", ref = ThroughlineApi.INVALID)
    public List<AlertView> mine(@Parameter(description = "At most this many, 1 to 200 (50)") @QueryParam("limit")
            String limit) {
        QueryParameters parameters = new QueryParameters();
        int most = parameters.integer("limit", limit, DEFAULT_LIMIT);
        parameters.throwIfInvalid();
        return inbox.mine(Math.min(most, 200));
    }

    @GET
    @Path("unread-count")
    @Operation(summary = "How many of my alerts are unread")
    @APIResponse(responseCode = "200", description = "{\"unread\": 3}")
    public JsonObject unreadCount() {
        return Json.createObjectBuilder().add("unread", inbox.unreadCount()).build();
    }

    @GET
    @Path("tasks")
    @Operation(summary = "My tasks not yet done", description = "Soonest due first; overdue ones say so. Audited: "
            + "one row naming the tasks read.")
    @APIResponse(responseCode = "200", description = "The tasks")
    public List<AlertView> tasks() {
        return inbox.openTasks();
    }

    @POST
    @Path("{id}/read")
    @Operation(summary = "Mark an alert read", description = "Reading again changes nothing.")
    @APIResponse(responseCode = "200", description = "The alert")
    @APIResponse(responseCode = "404", ref = ThroughlineApi.NOT_FOUND)
    public AlertView markRead(@PathParam("id") long id) {
        return inbox.markRead(id);
    }

    @POST
    @Path("{id}/done")
    @Operation(summary = "Mark a task done")
    @APIResponse(responseCode = "200", description = "The task")
    @APIResponse(responseCode = "404", ref = ThroughlineApi.NOT_FOUND)
    @APIResponse(responseCode = "422", ref = ThroughlineApi.BUSINESS_RULE)
    public AlertView markDone(@PathParam("id") long id) {
        return inbox.markDone(id);
    }
}
