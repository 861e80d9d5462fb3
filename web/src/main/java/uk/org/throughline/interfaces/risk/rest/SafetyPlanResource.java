package uk.org.throughline.interfaces.risk.rest;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.org.throughline.application.risk.RiskForms.SafetyPlanItemForm;
import uk.org.throughline.application.risk.RiskPermissions;
import uk.org.throughline.application.risk.SafetyPlanService;
import uk.org.throughline.interfaces.risk.dto.SafetyPlanItemRequest;
import uk.org.throughline.interfaces.risk.dto.SafetyPlanResponse;
import uk.org.throughline.interfaces.risk.facade.RiskDtoMapper;
import uk.org.throughline.interfaces.shared.rest.RequestValidator;
import uk.org.throughline.interfaces.shared.rest.ThroughlineApi;

/**
 * Victims' safety plans, at /api/safety-plans/{personId}: kept by partner-contact workers, managers
 * and administrators, readable by police; perpetrator-facing roles get a 403.
 */
@Path("safety-plans")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(RiskPermissions.COORDINATE)
@Tag(name = "Victim risk")
public class SafetyPlanResource {

    @Inject
    SafetyPlanService plans;

    @Inject
    RequestValidator validator;

    @Context
    UriInfo uriInfo;

    @GET
    @Path("{personId}")
    @RolesAllowed(RiskPermissions.ASSESS)
    @Operation(summary = "A victim's safety plan", description = "Its measures, soonest due first.")
    @APIResponse(responseCode = "200", description = "The plan (no items when none is agreed yet)")
    @APIResponse(responseCode = "403", ref = ThroughlineApi.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ThroughlineApi.NOT_FOUND)
    public SafetyPlanResponse plan(@PathParam("personId") long personId) {
        return RiskDtoMapper.toResponse(plans.plan(personId));
    }

    @POST
    @Path("{personId}/items")
    @Operation(summary = "Add a measure to her safety plan")
    @APIResponse(responseCode = "201", description = "The plan with the new item; Location is the plan")
    @APIResponse(responseCode = "400", ref = ThroughlineApi.INVALID)
    @APIResponse(responseCode = "403", ref = ThroughlineApi.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ThroughlineApi.NOT_FOUND)
    public Response addItem(@PathParam("personId") long personId, SafetyPlanItemRequest request) {
        SafetyPlanItemForm form = RiskDtoMapper.toForm(RequestValidator.requireBody(request));
        validator.validate(form);
        return Response.created(uriInfo.getBaseUriBuilder().path("safety-plans/{id}").build(personId))
                .entity(RiskDtoMapper.toResponse(plans.addItem(personId, form))).build();
    }

    @PUT
    @Path("items/{itemId}")
    @Operation(summary = "Change a measure of a safety plan", description = "Send the item's version as read, in the "
            + "body or as If-Match.")
    @APIResponse(responseCode = "200", description = "The plan with the changed item")
    @APIResponse(responseCode = "400", ref = ThroughlineApi.INVALID)
    @APIResponse(responseCode = "403", ref = ThroughlineApi.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ThroughlineApi.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ThroughlineApi.CONFLICT)
    public SafetyPlanResponse updateItem(@PathParam("itemId") long itemId, SafetyPlanItemRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return RiskDtoMapper.toResponse(validator.change(itemId, RequestValidator.requireBody(request).version(),
                ifMatch, RiskDtoMapper.toForm(request), plans::updateItem));
    }
}
