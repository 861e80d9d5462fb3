package uk.org.throughline.interfaces.victim.rest;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.org.throughline.application.victim.ParallelSupportService;
import uk.org.throughline.application.victim.ParentGroupView;
import uk.org.throughline.application.victim.ReferralSupportView;
import uk.org.throughline.application.victim.SupportForms.ParentGroupForm;
import uk.org.throughline.application.victim.SupportForms.ParentSessionForm;
import uk.org.throughline.application.victim.SupportView;
import uk.org.throughline.application.victim.VictimPermissions;
import uk.org.throughline.interfaces.shared.rest.InvalidRequestException;
import uk.org.throughline.interfaces.shared.rest.RequestValidator;
import uk.org.throughline.interfaces.shared.rest.ThroughlineApi;
import uk.org.throughline.interfaces.shared.rest.Versions;
import uk.org.throughline.interfaces.victim.dto.ParentRegisterRequest;
import uk.org.throughline.interfaces.victim.dto.ParentRequest;
import uk.org.throughline.interfaces.victim.dto.SupportDecisionRequest;

/**
 * Parallel support: the mothers of Caring Dads fathers and the parents of YUVA's young people, offered
 * support when he is referred. Her support and the parent groups are for the victim-facing roles (her
 * contacts and one-to-one sessions are logged on her plan through {@code /api/victims/{id}/contacts});
 * the workers with him read only whether it was offered, taken up and kept up, by his referral.
 */
@Path("parallel-support")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Parallel support", description = "Support for Caring Dads mothers and YUVA parents; parent groups")
public class ParallelSupportResource {

    @Inject
    ParallelSupportService support;

    @Inject
    RequestValidator validator;

    @Context
    UriInfo uriInfo;

    @GET
    @Path("victims/{id}")
    @RolesAllowed(VictimPermissions.READ)
    @Operation(summary = "Her support", description = "Alongside each referral that offers it, with whether she "
            + "was supported throughout (so far).")
    @APIResponse(responseCode = "200", description = "Her support, newest referral first")
    @APIResponse(responseCode = "400", ref = ThroughlineApi.INVALID)
    @APIResponse(responseCode = "404", ref = ThroughlineApi.NOT_FOUND)
    public List<SupportView> supportOf(@PathParam("id") long id,
            @Parameter(in = ParameterIn.HEADER, name = VictimResource.ACCESS_REASON, required = true,
                    description = "Why you are looking at her details; audited")
            @HeaderParam(VictimResource.ACCESS_REASON) String reason) {
        return support.supportOf(id, VictimResource.requireReason(reason));
    }

    @POST
    @Path("victims/{id}/plans/{planId}/decision")
    @RolesAllowed(VictimPermissions.RECORD)
    @Operation(summary = "Record whether she accepted or declined the support", description = "And who supports her.")
    @APIResponse(responseCode = "200", description = "Her support")
    @APIResponse(responseCode = "400", ref = ThroughlineApi.INVALID)
    @APIResponse(responseCode = "404", ref = ThroughlineApi.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ThroughlineApi.CONFLICT)
    @APIResponse(responseCode = "422", ref = ThroughlineApi.BUSINESS_RULE)
    public SupportView decide(@PathParam("id") long id, @PathParam("planId") long planId,
            SupportDecisionRequest request) {
        return validator.change(planId, RequestValidator.requireBody(request).version(), null, request.toForm(),
                (plan, version, form) -> support.decide(id, plan, version, form));
    }

    @GET
    @Path("referrals/{id}")
    @RolesAllowed(VictimPermissions.READ_SUMMARY)
    @Operation(summary = "The support offered alongside a referral",
            description = "For anyone who may read him: offered, accepted or declined, and whether she was supported "
                    + "throughout (so far, while he is on the programme). Never who she is or what she said.")
    @APIResponse(responseCode = "200", description = "One entry for each woman offered support")
    @APIResponse(responseCode = "403", ref = ThroughlineApi.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ThroughlineApi.NOT_FOUND)
    public List<ReferralSupportView> forReferral(@PathParam("id") long id) {
        return support.forReferral(id);
    }

    @GET
    @Path("parent-groups")
    @RolesAllowed(VictimPermissions.READ)
    @Operation(summary = "The parent groups")
    @APIResponse(responseCode = "200", description = "The groups by name")
    public List<ParentGroupView> parentGroups() {
        return support.parentGroups();
    }

    @POST
    @Path("parent-groups")
    @RolesAllowed(VictimPermissions.RECORD)
    @Operation(summary = "Set up a parent group")
    @APIResponse(responseCode = "201", description = "Set up; Location is the new group")
    @APIResponse(responseCode = "400", ref = ThroughlineApi.INVALID)
    public Response createParentGroup(ParentGroupForm form) {
        validator.validate(form);
        ParentGroupView group = support.createParentGroup(form);
        return Versions.created(uriInfo, group.id(), group.version(), group);
    }

    @GET
    @Path("parent-groups/{id}")
    @RolesAllowed(VictimPermissions.READ)
    @Operation(summary = "A parent group", description = "With its parents and its sessions' registers.")
    @APIResponse(responseCode = "200", description = "The group")
    @APIResponse(responseCode = "404", ref = ThroughlineApi.NOT_FOUND)
    public ParentGroupView parentGroup(@PathParam("id") long id) {
        return support.parentGroup(id);
    }

    @POST
    @Path("parent-groups/{id}/parents")
    @RolesAllowed(VictimPermissions.RECORD)
    @Operation(summary = "Add a parent to the group", description = "One who accepted parent support alongside YUVA.")
    @APIResponse(responseCode = "200", description = "The group")
    @APIResponse(responseCode = "400", ref = ThroughlineApi.INVALID)
    @APIResponse(responseCode = "404", ref = ThroughlineApi.NOT_FOUND)
    @APIResponse(responseCode = "422", ref = ThroughlineApi.BUSINESS_RULE)
    public ParentGroupView addParent(@PathParam("id") long id, ParentRequest request) {
        if (RequestValidator.requireBody(request).planId() == null) {
            throw new InvalidRequestException("planId", "Choose the parent's support plan");
        }
        return support.addParent(id, request.planId());
    }

    @POST
    @Path("parent-groups/{id}/sessions")
    @RolesAllowed(VictimPermissions.RECORD)
    @Operation(summary = "Schedule a session of the group")
    @APIResponse(responseCode = "200", description = "The group with the session")
    @APIResponse(responseCode = "400", ref = ThroughlineApi.INVALID)
    @APIResponse(responseCode = "404", ref = ThroughlineApi.NOT_FOUND)
    public ParentGroupView scheduleSession(@PathParam("id") long id, ParentSessionForm form) {
        validator.validate(form);
        return support.scheduleParentSession(id, form);
    }

    @PUT
    @Path("parent-groups/sessions/{sessionId}/register")
    @RolesAllowed(VictimPermissions.RECORD)
    @Operation(summary = "Save a session's register", description = "Every parent in the group, attended or absent, "
            + "at the session's version as read. An attended session counts as support alongside her referral.")
    @APIResponse(responseCode = "200", description = "The group with the register")
    @APIResponse(responseCode = "400", ref = ThroughlineApi.INVALID)
    @APIResponse(responseCode = "404", ref = ThroughlineApi.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ThroughlineApi.CONFLICT)
    @APIResponse(responseCode = "422", ref = ThroughlineApi.BUSINESS_RULE)
    public ParentGroupView saveRegister(@PathParam("sessionId") long sessionId, ParentRegisterRequest request) {
        validator.validate(RequestValidator.requireBody(request).toForm());
        return support.saveParentRegister(sessionId, request.toForm());
    }
}
