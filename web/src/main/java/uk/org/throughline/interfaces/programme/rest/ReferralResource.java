package uk.org.throughline.interfaces.programme.rest;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.org.throughline.application.programme.ProgrammeDocuments;
import uk.org.throughline.application.programme.ProgrammePermissions;
import uk.org.throughline.application.programme.ReferralForms.ReferralForm;
import uk.org.throughline.application.programme.ReferralService;
import uk.org.throughline.application.programme.ReferralView;
import uk.org.throughline.interfaces.programme.dto.AllocationRequest;
import uk.org.throughline.interfaces.programme.dto.AssessmentRequest;
import uk.org.throughline.interfaces.programme.dto.CaseWorkerRequest;
import uk.org.throughline.interfaces.programme.dto.EndOfProgrammeReportRequest;
import uk.org.throughline.interfaces.programme.dto.OutcomeRequest;
import uk.org.throughline.interfaces.programme.dto.ProgrammeLinkRequest;
import uk.org.throughline.interfaces.programme.dto.ReferralRequest;
import uk.org.throughline.interfaces.programme.dto.StepRequest;
import uk.org.throughline.interfaces.programme.facade.ProgrammeDtoMapper;
import uk.org.throughline.interfaces.shared.rest.InvalidRequestException;
import uk.org.throughline.interfaces.shared.rest.RequestValidator;
import uk.org.throughline.interfaces.shared.rest.ThroughlineApi;
import uk.org.throughline.interfaces.shared.rest.Versions;

/**
 * Programme referrals through their lifecycle: received, assessed, waiting, allocated, in progress,
 * completed or not. Each step is a POST that sends the version read, in the body or as If-Match; a
 * step the referral's status does not allow is a 422 naming the status.
 */
@Path("referrals")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Programme referrals", description = "Referrals from every route, through assessment to the outcome")
public class ReferralResource {

    @Inject
    ReferralService referrals;

    @Inject
    RequestValidator validator;

    @Inject
    ProgrammeDocuments documents;

    @Context
    UriInfo uriInfo;

    @POST
    @RolesAllowed(ProgrammePermissions.WORK_WITH_REFERRALS)
    @Operation(summary = "Refer someone to a programme",
            description = "From a court order, children's social care, the YOT or the person themselves (a conditional "
                    + "caution makes its own referral). A referral that fails the programme's eligibility is refused "
                    + "with 422 listing failedRules, unless a manager or administrator gives eligibilityOverrideReason.")
    @APIResponse(responseCode = "201", description = "Received; Location is the new referral",
            content = @Content(schema = @Schema(implementation = ReferralView.class)))
    @APIResponse(responseCode = "400", ref = ThroughlineApi.INVALID)
    @APIResponse(responseCode = "403", ref = ThroughlineApi.FORBIDDEN)
    @APIResponse(responseCode = "422", ref = ThroughlineApi.BUSINESS_RULE)
    public Response refer(ReferralRequest request) {
        ReferralForm form = ProgrammeDtoMapper.toForm(RequestValidator.requireBody(request));
        validator.validate(form);
        ReferralView referral = referrals.refer(form);
        return Versions.created(uriInfo, referral.id(), referral.version(), referral);
    }

    @GET
    @Path("{id}")
    @RolesAllowed(ProgrammePermissions.READ_REFERRALS)
    @Operation(summary = "Read a referral", description = "With every step it took; the ETag is the version to send "
            + "with a change.")
    @APIResponse(responseCode = "200", description = "The referral",
            content = @Content(schema = @Schema(implementation = ReferralView.class)))
    @APIResponse(responseCode = "403", ref = ThroughlineApi.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ThroughlineApi.NOT_FOUND)
    public Response read(@PathParam("id") long id) {
        return current(referrals.view(id));
    }

    @GET
    @RolesAllowed(ProgrammePermissions.READ_REFERRALS)
    @Operation(summary = "A person's referrals", description = "Every referral of the person, newest first, each with "
            + "the steps it took.")
    @APIResponse(responseCode = "200", description = "The referrals; empty when there are none",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = ReferralView.class)))
    @APIResponse(responseCode = "400", ref = ThroughlineApi.INVALID)
    @APIResponse(responseCode = "403", ref = ThroughlineApi.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ThroughlineApi.NOT_FOUND)
    public List<ReferralView> ofPerson(@QueryParam("person") Long personId) {
        if (personId == null) {
            throw new InvalidRequestException("person", "Say whose referrals to list: ?person= and the person's id");
        }
        return referrals.referralsOf(personId);
    }

    @POST
    @Path("{id}/end-of-programme-report")
    @Produces({PdfDownload.MEDIA_TYPE, "application/problem+json"})
    @RolesAllowed(ProgrammePermissions.WORK_WITH_REFERRALS)
    @Operation(summary = "The end-of-programme report, as PDF",
            description = "Attendance summary, the completion rule and outcome, and the facilitator's comments; before "
                    + "the end it says the referral is still in progress. Audited as an export of the referral.")
    @APIResponse(responseCode = "200", description = "The report (A4, OFFICIAL-SENSITIVE)",
            content = @Content(mediaType = PdfDownload.MEDIA_TYPE,
                    schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "400", ref = ThroughlineApi.INVALID)
    @APIResponse(responseCode = "403", ref = ThroughlineApi.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ThroughlineApi.NOT_FOUND)
    public Response endOfProgrammeReport(@PathParam("id") long id, EndOfProgrammeReportRequest request) {
        validator.validate(RequestValidator.requireBody(request));
        return PdfDownload.of(documents.endOfProgrammeReport(id, request.facilitatorComments()),
                "end-of-programme-report-" + id + ".pdf");
    }

    @POST
    @Path("{id}/programme")
    @RolesAllowed(ProgrammePermissions.RUN_COHORTS)
    @Operation(summary = "Tie a caution's referral to the catalogue's programme",
            description = "For a referral a caution made that names its programme in words the catalogue does not know.")
    @APIResponse(responseCode = "200", description = "The referral with its programme",
            content = @Content(schema = @Schema(implementation = ReferralView.class)))
    @APIResponse(responseCode = "400", ref = ThroughlineApi.INVALID)
    @APIResponse(responseCode = "404", ref = ThroughlineApi.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ThroughlineApi.CONFLICT)
    @APIResponse(responseCode = "422", ref = ThroughlineApi.BUSINESS_RULE)
    public Response linkProgramme(@PathParam("id") long id, ProgrammeLinkRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        long expectedVersion = Versions.expected(RequestValidator.requireBody(request).version(), ifMatch);
        if (request.programmeId() == null) {
            throw new InvalidRequestException("programmeId", "Select the programme");
        }
        return current(referrals.linkProgramme(id, expectedVersion, request.programmeId()));
    }

    @POST
    @Path("{id}/assessment")
    @RolesAllowed(ProgrammePermissions.WORK_WITH_REFERRALS)
    @Operation(summary = "Record the suitability assessment", description = "Suitable, or not suitable with the reason "
            + "(which ends the referral).")
    @APIResponse(responseCode = "200", description = "The assessed referral",
            content = @Content(schema = @Schema(implementation = ReferralView.class)))
    @APIResponse(responseCode = "400", ref = ThroughlineApi.INVALID)
    @APIResponse(responseCode = "404", ref = ThroughlineApi.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ThroughlineApi.CONFLICT)
    @APIResponse(responseCode = "422", ref = ThroughlineApi.BUSINESS_RULE)
    public Response assess(@PathParam("id") long id, AssessmentRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return current(validator.change(id, RequestValidator.requireBody(request).version(), ifMatch,
                ProgrammeDtoMapper.toForm(request), referrals::assess));
    }

    @POST
    @Path("{id}/waiting")
    @RolesAllowed(ProgrammePermissions.WORK_WITH_REFERRALS)
    @Operation(summary = "Put a suitable referral on the programme's waiting list")
    @APIResponse(responseCode = "200", description = "The waiting referral",
            content = @Content(schema = @Schema(implementation = ReferralView.class)))
    @APIResponse(responseCode = "400", ref = ThroughlineApi.INVALID)
    @APIResponse(responseCode = "404", ref = ThroughlineApi.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ThroughlineApi.CONFLICT)
    @APIResponse(responseCode = "422", ref = ThroughlineApi.BUSINESS_RULE)
    public Response addToWaitingList(@PathParam("id") long id, StepRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return current(validator.change(id, RequestValidator.requireBody(request).version(), ifMatch,
                ProgrammeDtoMapper.toForm(request), referrals::addToWaitingList));
    }

    @POST
    @Path("{id}/allocation")
    @RolesAllowed(ProgrammePermissions.RUN_COHORTS)
    @Operation(summary = "Give the referral a place in a cohort", description = "Refused when the cohort is full or "
            + "closed, is for another programme, or the person already has a place in an active cohort of it.")
    @APIResponse(responseCode = "200", description = "The allocated referral",
            content = @Content(schema = @Schema(implementation = ReferralView.class)))
    @APIResponse(responseCode = "400", ref = ThroughlineApi.INVALID)
    @APIResponse(responseCode = "404", ref = ThroughlineApi.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ThroughlineApi.CONFLICT)
    @APIResponse(responseCode = "422", ref = ThroughlineApi.BUSINESS_RULE)
    public Response allocate(@PathParam("id") long id, AllocationRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return current(validator.change(id, RequestValidator.requireBody(request).version(), ifMatch,
                ProgrammeDtoMapper.toForm(request), referrals::allocate));
    }

    @POST
    @Path("{id}/completion")
    @RolesAllowed(ProgrammePermissions.WORK_WITH_REFERRALS)
    @Operation(summary = "Record completion", description = "Only when the programme's completion rule is met; a "
            + "caution's referral marks the caution's programme condition complied (cautionNote says when not).")
    @APIResponse(responseCode = "200", description = "The completed referral",
            content = @Content(schema = @Schema(implementation = ReferralView.class)))
    @APIResponse(responseCode = "400", ref = ThroughlineApi.INVALID)
    @APIResponse(responseCode = "404", ref = ThroughlineApi.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ThroughlineApi.CONFLICT)
    @APIResponse(responseCode = "422", ref = ThroughlineApi.BUSINESS_RULE)
    public Response complete(@PathParam("id") long id, StepRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return current(validator.change(id, RequestValidator.requireBody(request).version(), ifMatch,
                ProgrammeDtoMapper.toForm(request), referrals::complete));
    }

    @POST
    @Path("{id}/non-completion")
    @RolesAllowed(ProgrammePermissions.WORK_WITH_REFERRALS)
    @Operation(summary = "End the referral without completion", description = "With the reason; a caution's referral "
            + "fails the caution's programme condition.")
    @APIResponse(responseCode = "200", description = "The ended referral",
            content = @Content(schema = @Schema(implementation = ReferralView.class)))
    @APIResponse(responseCode = "400", ref = ThroughlineApi.INVALID)
    @APIResponse(responseCode = "404", ref = ThroughlineApi.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ThroughlineApi.CONFLICT)
    @APIResponse(responseCode = "422", ref = ThroughlineApi.BUSINESS_RULE)
    public Response endNotCompleted(@PathParam("id") long id, OutcomeRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return current(validator.change(id, RequestValidator.requireBody(request).version(), ifMatch,
                ProgrammeDtoMapper.toForm(request), referrals::endNotCompleted));
    }

    @POST
    @Path("{id}/case-worker")
    @RolesAllowed(ProgrammePermissions.CASE_WORK)
    @Operation(summary = "Take the referral on as case worker, or assign a case worker",
            description = "A probation officer or YOT worker takes the referral on themselves (caseWorker left out); a "
                    + "manager or administrator names an active probation officer's or YOT worker's account. A "
                    + "conditional caution's referral is answered for by the officer who gave the caution until then. "
                    + "The person then appears on that worker's \"My people\" and alerts about him go to them; the "
                    + "status stays and the history keeps the step. 403 when a worker names someone else.")
    @APIResponse(responseCode = "200", description = "The referral with its case worker",
            content = @Content(schema = @Schema(implementation = ReferralView.class)))
    @APIResponse(responseCode = "400", ref = ThroughlineApi.INVALID)
    @APIResponse(responseCode = "403", ref = ThroughlineApi.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ThroughlineApi.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ThroughlineApi.CONFLICT)
    @APIResponse(responseCode = "422", ref = ThroughlineApi.BUSINESS_RULE)
    public Response nameCaseWorker(@PathParam("id") long id, CaseWorkerRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return current(validator.change(id, RequestValidator.requireBody(request).version(), ifMatch,
                ProgrammeDtoMapper.toForm(request), referrals::nameCaseWorker));
    }

    private static Response current(ReferralView referral) {
        return Versions.current(referral.version(), referral);
    }
}
