package uk.org.throughline.interfaces.caution.rest;

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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.org.throughline.application.police.CautionForms.CautionForm;
import uk.org.throughline.application.police.CautionSchemeView;
import uk.org.throughline.application.police.CautionView;
import uk.org.throughline.application.police.ConditionalCautionService;
import uk.org.throughline.application.police.EligibilityView;
import uk.org.throughline.application.police.PolicePermissions;
import uk.org.throughline.interfaces.caution.dto.CautionRequest;
import uk.org.throughline.interfaces.caution.dto.ConditionStatusRequest;
import uk.org.throughline.interfaces.caution.dto.DecisionRequest;
import uk.org.throughline.interfaces.caution.dto.WithdrawalRequest;
import uk.org.throughline.interfaces.caution.facade.CautionDtoMapper;
import uk.org.throughline.interfaces.shared.rest.RequestValidator;
import uk.org.throughline.interfaces.shared.rest.ThroughlineApi;
import uk.org.throughline.interfaces.shared.rest.Versions;

/**
 * Conditional cautions, from the scheme's eligibility check to compliance or the non-compliance
 * decision. Police (and administrators) give and change them; probation and YOT read them. Each
 * change sends the version read, in the body or as If-Match; a change the caution's status does not
 * allow is a 422 naming the status.
 */
@Path("cautions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Conditional cautions", description = "Eligibility, conditions, compliance and the non-compliance decision")
public class CautionResource {

    @Inject
    ConditionalCautionService cautions;

    @Inject
    RequestValidator validator;

    @Context
    UriInfo uriInfo;

    @GET
    @Path("schemes")
    @RolesAllowed(PolicePermissions.READ_OUTCOMES)
    @Operation(summary = "List the diversion schemes", description = "The active schemes an adult caution can follow.")
    @APIResponse(responseCode = "200", description = "The schemes")
    public List<CautionSchemeView> schemes() {
        return cautions.schemes();
    }

    @POST
    @Path("eligibility")
    @RolesAllowed(PolicePermissions.RECORD)
    @Operation(summary = "Check a case against its scheme",
            description = "Checks the caution as it would be given against the scheme's rules and lists each rule "
                    + "passed or failed with its reason. Records nothing (the check is audited).")
    @APIResponse(responseCode = "200", description = "Each rule with its result",
            content = @Content(schema = @Schema(implementation = EligibilityView.class)))
    @APIResponse(responseCode = "400", ref = ThroughlineApi.INVALID)
    @APIResponse(responseCode = "403", ref = ThroughlineApi.FORBIDDEN)
    public EligibilityView checkEligibility(CautionRequest request) {
        CautionForm form = CautionDtoMapper.toForm(RequestValidator.requireBody(request));
        validator.validate(form);
        return cautions.assessEligibility(form);
    }

    @POST
    @RolesAllowed(PolicePermissions.RECORD)
    @Operation(summary = "Give a conditional caution",
            description = "Records the disposal and the caution together, and a programme referral for each "
                    + "rehabilitative condition. Needs the admission, signed consent and the right age for the type. "
                    + "A case that fails scheme rules is refused with 422 listing failedRules, unless "
                    + "eligibilityOverrideReason says why an authorised officer proceeds: only an inspector or above "
                    + "(the rank on their staff account) may; anyone else is refused with 400 on that field.")
    @APIResponse(responseCode = "201", description = "Given; Location is the new caution",
            content = @Content(schema = @Schema(implementation = CautionView.class)))
    @APIResponse(responseCode = "400", ref = ThroughlineApi.INVALID)
    @APIResponse(responseCode = "403", ref = ThroughlineApi.FORBIDDEN)
    @APIResponse(responseCode = "422", ref = ThroughlineApi.BUSINESS_RULE)
    public Response give(CautionRequest request) {
        CautionForm form = CautionDtoMapper.toForm(RequestValidator.requireBody(request));
        validator.validate(form);
        CautionView caution = cautions.give(form);
        return Versions.created(uriInfo, caution.id(), caution.version(), caution);
    }

    @GET
    @Path("{id}")
    @RolesAllowed(PolicePermissions.READ_OUTCOMES)
    @Operation(summary = "Read a conditional caution", description = "The ETag is the version to send with a change.")
    @APIResponse(responseCode = "200", description = "The caution with its conditions and referrals",
            content = @Content(schema = @Schema(implementation = CautionView.class)))
    @APIResponse(responseCode = "403", ref = ThroughlineApi.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ThroughlineApi.NOT_FOUND)
    public Response read(@PathParam("id") long id) {
        return current(cautions.view(id));
    }

    @POST
    @Path("{id}/conditions/{conditionId}/status")
    @RolesAllowed(PolicePermissions.RECORD)
    @Operation(summary = "Change a condition's status",
            description = "An active condition becomes complied, failed or withdrawn. A failed condition fails the "
                    + "caution, which then awaits a decision; with none left active the caution is complied with.")
    @APIResponse(responseCode = "200", description = "The caution after the change",
            content = @Content(schema = @Schema(implementation = CautionView.class)))
    @APIResponse(responseCode = "400", ref = ThroughlineApi.INVALID)
    @APIResponse(responseCode = "404", ref = ThroughlineApi.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ThroughlineApi.CONFLICT)
    @APIResponse(responseCode = "422", ref = ThroughlineApi.BUSINESS_RULE)
    public Response changeConditionStatus(@PathParam("id") long id, @PathParam("conditionId") long conditionId,
            ConditionStatusRequest request, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return current(validator.change(id, RequestValidator.requireBody(request).version(), ifMatch,
                CautionDtoMapper.toForm(request),
                (caution, version, form) -> cautions.changeConditionStatus(caution, version, conditionId, form)));
    }

    @POST
    @Path("{id}/withdrawal")
    @RolesAllowed(PolicePermissions.RECORD)
    @Operation(summary = "Withdraw the caution", description = "With its active conditions, for instance when given in error.")
    @APIResponse(responseCode = "200", description = "The withdrawn caution",
            content = @Content(schema = @Schema(implementation = CautionView.class)))
    @APIResponse(responseCode = "400", ref = ThroughlineApi.INVALID)
    @APIResponse(responseCode = "404", ref = ThroughlineApi.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ThroughlineApi.CONFLICT)
    @APIResponse(responseCode = "422", ref = ThroughlineApi.BUSINESS_RULE)
    public Response withdraw(@PathParam("id") long id, WithdrawalRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return current(validator.change(id, RequestValidator.requireBody(request).version(), ifMatch,
                CautionDtoMapper.toForm(request), cautions::withdraw));
    }

    @POST
    @Path("{id}/decision")
    @RolesAllowed(PolicePermissions.RECORD)
    @Operation(summary = "Record the non-compliance decision",
            description = "Once the caution has failed: prosecute the original offence (refused once a summary-only "
                    + "offence's time limit has passed) or take no further action. Prosecution charges the original "
                    + "offence on the same arrest or interview and opens its court case: prosecutionDisposalId and "
                    + "prosecutionCourtCaseId.")
    @APIResponse(responseCode = "200", description = "The caution with the decision",
            content = @Content(schema = @Schema(implementation = CautionView.class)))
    @APIResponse(responseCode = "400", ref = ThroughlineApi.INVALID)
    @APIResponse(responseCode = "404", ref = ThroughlineApi.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ThroughlineApi.CONFLICT)
    @APIResponse(responseCode = "422", ref = ThroughlineApi.BUSINESS_RULE)
    public Response recordDecision(@PathParam("id") long id, DecisionRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return current(validator.change(id, RequestValidator.requireBody(request).version(), ifMatch,
                CautionDtoMapper.toForm(request), cautions::recordDecision));
    }

    private static Response current(CautionView caution) {
        return Versions.current(caution.version(), caution);
    }
}
