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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.org.throughline.application.victim.PartnerContactPlanView;
import uk.org.throughline.application.victim.ReassessmentDueView;
import uk.org.throughline.application.victim.VictimPermissions;
import uk.org.throughline.application.victim.VictimService;
import uk.org.throughline.application.victim.VictimSummary;
import uk.org.throughline.application.victim.VictimView;
import uk.org.throughline.domain.shared.RecordNotFoundException;
import uk.org.throughline.interfaces.shared.rest.InvalidRequestException;
import uk.org.throughline.interfaces.shared.rest.RequestValidator;
import uk.org.throughline.interfaces.shared.rest.ThroughlineApi;
import uk.org.throughline.interfaces.shared.rest.Versions;
import uk.org.throughline.interfaces.victim.dto.ContactRequest;
import uk.org.throughline.interfaces.victim.dto.VictimRequest;

/**
 * Victims, named by their person id. The victim-facing roles (partner contact; managers and
 * administrators) read her whole record with a reason, audited; every other role gets only that she
 * is a victim, her risk level and protective orders — the API hides what the pages hide. The reason
 * comes in the {@value #ACCESS_REASON} header, never in the address, which access logs and browser
 * histories keep.
 */
@Path("victims")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Victims", description = "Victim/survivor records and partner contact")
public class VictimResource {

    /** The request header that says why the caller is looking at her details. */
    public static final String ACCESS_REASON = "Access-Reason";

    private static final String REASON = "Why you are looking at her details, e.g. \"planned contact\"; audited. "
            + "A header, so that the reason stays out of addresses, access logs and browser histories";

    @Inject
    VictimService victims;

    @Inject
    RequestValidator validator;

    @Context
    UriInfo uriInfo;

    @Context
    SecurityContext security;

    @POST
    @RolesAllowed(VictimPermissions.RECORD)
    @Operation(summary = "Open a victim record", description = "On top of a person on the index; one per person.")
    @APIResponse(responseCode = "201", description = "Opened; Location is the victim (her person id)",
            content = @Content(schema = @Schema(implementation = VictimView.class)))
    @APIResponse(responseCode = "400", ref = ThroughlineApi.INVALID)
    @APIResponse(responseCode = "422", ref = ThroughlineApi.BUSINESS_RULE)
    public Response open(VictimRequest request) {
        if (RequestValidator.requireBody(request).personId() == null) {
            throw new InvalidRequestException("personId", "Choose the person who is a victim");
        }
        validator.validate(request.toForm());
        VictimView victim = victims.open(request.personId(), request.toForm());
        return Versions.created(uriInfo, victim.personId(), victim.version(), victim);
    }

    @GET
    @Path("{id}")
    @RolesAllowed(VictimPermissions.READ_SUMMARY)
    @Operation(summary = "Read a victim", description = "Partner-contact workers, managers and administrators get "
            + "her whole record and must give a reason in the Access-Reason header; every other role gets only that "
            + "she is a victim, her risk level and protective orders.")
    @APIResponse(responseCode = "200", description = "Her record (victim-facing roles) or its summary (others)",
            content = @Content(schema = @Schema(oneOf = {VictimView.class, VictimSummary.class})))
    @APIResponse(responseCode = "400", ref = ThroughlineApi.INVALID)
    @APIResponse(responseCode = "404", ref = ThroughlineApi.NOT_FOUND)
    public Response read(@PathParam("id") long id,
            @Parameter(in = ParameterIn.HEADER, name = ACCESS_REASON, description = REASON + " (victim-facing roles)")
            @HeaderParam(ACCESS_REASON) String reason) {
        if (!victimFacing()) {
            VictimSummary summary = victims.summary(id).orElseThrow(() -> new RecordNotFoundException(
                    "Victim record of person", id));
            return Response.ok(summary).build();
        }
        VictimView victim = victims.view(id, requireReason(reason));
        return Versions.current(victim.version(), victim);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(VictimPermissions.RECORD)
    @Operation(summary = "Change a victim record",
            description = "Send the version read, in the body or as If-Match; if someone else has saved since, 409.")
    @APIResponse(responseCode = "200", description = "Saved",
            content = @Content(schema = @Schema(implementation = VictimView.class)))
    @APIResponse(responseCode = "400", ref = ThroughlineApi.INVALID)
    @APIResponse(responseCode = "404", ref = ThroughlineApi.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ThroughlineApi.CONFLICT)
    public Response update(@PathParam("id") long id, VictimRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        VictimView victim = validator.change(id, RequestValidator.requireBody(request).version(), ifMatch,
                request.toForm(), victims::update);
        return Versions.current(victim.version(), victim);
    }

    @GET
    @Path("{id}/contacts")
    @RolesAllowed(VictimPermissions.READ)
    @Operation(summary = "Her partner-contact plans", description = "Each with its contact log, newest first.")
    @APIResponse(responseCode = "200", description = "The plans, newest first")
    @APIResponse(responseCode = "400", ref = ThroughlineApi.INVALID)
    @APIResponse(responseCode = "404", ref = ThroughlineApi.NOT_FOUND)
    public List<PartnerContactPlanView> contacts(@PathParam("id") long id,
            @Parameter(in = ParameterIn.HEADER, name = ACCESS_REASON, required = true, description = REASON)
            @HeaderParam(ACCESS_REASON) String reason) {
        return victims.plans(id, requireReason(reason));
    }

    @POST
    @Path("{id}/contacts")
    @RolesAllowed(VictimPermissions.RECORD)
    @Operation(summary = "Log a contact attempt",
            description = "On one of her plans, at the plan's version as read. The next contact is worked out again; "
                    + "failed attempts in a row (3 by default) raise an alert for the managers.")
    @APIResponse(responseCode = "200", description = "The plan with the attempt logged",
            content = @Content(schema = @Schema(implementation = PartnerContactPlanView.class)))
    @APIResponse(responseCode = "400", ref = ThroughlineApi.INVALID)
    @APIResponse(responseCode = "404", ref = ThroughlineApi.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ThroughlineApi.CONFLICT)
    @APIResponse(responseCode = "422", ref = ThroughlineApi.BUSINESS_RULE)
    public PartnerContactPlanView recordContact(@PathParam("id") long id, ContactRequest request) {
        if (RequestValidator.requireBody(request).planId() == null) {
            throw new InvalidRequestException("planId", "Choose the plan the attempt belongs to");
        }
        return validator.change(request.planId(), request.version(), null, request.toForm(),
                (planId, version, form) -> victims.recordContact(id, planId, version, form));
    }

    @GET
    @Path("my-plans")
    @RolesAllowed(VictimPermissions.PARTNER_CONTACT_WORK)
    @Operation(summary = "My partner-contact caseload", description = "Open plans of the victims I support, next "
            + "contact due first.")
    @APIResponse(responseCode = "200", description = "The plans")
    public List<PartnerContactPlanView> myPlans() {
        return victims.myPlans();
    }

    @GET
    @Path("reassessments-due")
    @RolesAllowed(VictimPermissions.PARTNER_CONTACT_WORK)
    @Operation(summary = "My DASH reassessments due", description = "The victims I support whose case is open "
            + "and whose last DASH assessment (or, with none, the case's opening) is 8 weeks old or more "
            + "(throughline.risk.reassessment-weeks), most overdue first.")
    @APIResponse(responseCode = "200", description = "The reassessments due")
    public List<ReassessmentDueView> myReassessmentsDue() {
        return victims.myReassessmentsDue();
    }

    private boolean victimFacing() {
        return security.isUserInRole(VictimPermissions.READ);
    }

    static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidRequestException(ACCESS_REASON, "Give the reason for viewing her details in the "
                    + ACCESS_REASON + " header");
        }
        return reason;
    }
}
