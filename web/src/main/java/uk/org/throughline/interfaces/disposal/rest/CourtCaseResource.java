package uk.org.throughline.interfaces.disposal.rest;

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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.org.throughline.application.police.CourtCaseView;
import uk.org.throughline.application.police.DisposalService;
import uk.org.throughline.application.police.PolicePermissions;
import uk.org.throughline.interfaces.disposal.dto.HearingRequest;
import uk.org.throughline.interfaces.disposal.dto.PleaRequest;
import uk.org.throughline.interfaces.disposal.dto.RestrainingOrderRequest;
import uk.org.throughline.interfaces.disposal.dto.SentenceRequest;
import uk.org.throughline.interfaces.disposal.dto.VerdictRequest;
import uk.org.throughline.interfaces.disposal.facade.DisposalDtoMapper;
import uk.org.throughline.interfaces.shared.rest.RequestValidator;
import uk.org.throughline.interfaces.shared.rest.ThroughlineApi;
import uk.org.throughline.interfaces.shared.rest.Versions;

/**
 * The court case a charge opens, step by step: hearings, plea, verdict, sentence, and whether a
 * restraining order was made. Each step sends the version read, in the body or as If-Match; a step
 * the case's stage does not allow is a 422 naming the stage.
 */
@Path("court-cases/{id}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Court cases", description = "Hearings, plea, verdict, sentence and restraining order of a charged case")
public class CourtCaseResource {

    @Inject
    DisposalService disposals;

    @Inject
    RequestValidator validator;

    @GET
    @RolesAllowed(PolicePermissions.READ_OUTCOMES)
    @Operation(summary = "Read a court case", description = "The ETag is the version to send with the next step.")
    @APIResponse(responseCode = "200", description = "The court case",
            content = @Content(schema = @Schema(implementation = CourtCaseView.class)))
    @APIResponse(responseCode = "403", ref = ThroughlineApi.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ThroughlineApi.NOT_FOUND)
    public Response read(@PathParam("id") long id) {
        return current(disposals.viewCourtCase(id));
    }

    @POST
    @Path("hearings")
    @RolesAllowed(PolicePermissions.RECORD)
    @Operation(summary = "Add a hearing", description = "A listed hearing may be in the future; only a hearing held has a result.")
    @APIResponse(responseCode = "200", description = "The court case with the hearing",
            content = @Content(schema = @Schema(implementation = CourtCaseView.class)))
    @APIResponse(responseCode = "400", ref = ThroughlineApi.INVALID)
    @APIResponse(responseCode = "409", ref = ThroughlineApi.CONFLICT)
    public Response addHearing(@PathParam("id") long id, HearingRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return current(validator.change(id, RequestValidator.requireBody(request).version(), ifMatch,
                DisposalDtoMapper.toForm(request), disposals::addHearing));
    }

    @POST
    @Path("plea")
    @RolesAllowed(PolicePermissions.RECORD)
    @Operation(summary = "Record the plea", description = "Guilty convicts on the day; not guilty sends the case to trial.")
    @APIResponse(responseCode = "200", description = "The court case with the plea",
            content = @Content(schema = @Schema(implementation = CourtCaseView.class)))
    @APIResponse(responseCode = "400", ref = ThroughlineApi.INVALID)
    @APIResponse(responseCode = "409", ref = ThroughlineApi.CONFLICT)
    @APIResponse(responseCode = "422", ref = ThroughlineApi.BUSINESS_RULE)
    public Response recordPlea(@PathParam("id") long id, PleaRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return current(validator.change(id, RequestValidator.requireBody(request).version(), ifMatch,
                DisposalDtoMapper.toForm(request), disposals::recordPlea));
    }

    @POST
    @Path("verdict")
    @RolesAllowed(PolicePermissions.RECORD)
    @Operation(summary = "Record the verdict", description = "Guilty awaits sentence; any other verdict ends the case.")
    @APIResponse(responseCode = "200", description = "The court case with the verdict",
            content = @Content(schema = @Schema(implementation = CourtCaseView.class)))
    @APIResponse(responseCode = "400", ref = ThroughlineApi.INVALID)
    @APIResponse(responseCode = "409", ref = ThroughlineApi.CONFLICT)
    @APIResponse(responseCode = "422", ref = ThroughlineApi.BUSINESS_RULE)
    public Response recordVerdict(@PathParam("id") long id, VerdictRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return current(validator.change(id, RequestValidator.requireBody(request).version(), ifMatch,
                DisposalDtoMapper.toForm(request), disposals::recordVerdict));
    }

    @POST
    @Path("sentence")
    @RolesAllowed(PolicePermissions.RECORD)
    @Operation(summary = "Record the sentence",
            description = "After conviction; a community order needs its requirements (e.g. an accredited programme).")
    @APIResponse(responseCode = "200", description = "The concluded court case",
            content = @Content(schema = @Schema(implementation = CourtCaseView.class)))
    @APIResponse(responseCode = "400", ref = ThroughlineApi.INVALID)
    @APIResponse(responseCode = "409", ref = ThroughlineApi.CONFLICT)
    @APIResponse(responseCode = "422", ref = ThroughlineApi.BUSINESS_RULE)
    public Response recordSentence(@PathParam("id") long id, SentenceRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return current(validator.change(id, RequestValidator.requireBody(request).version(), ifMatch,
                DisposalDtoMapper.toForm(request), disposals::recordSentence));
    }

    @POST
    @Path("restraining-order")
    @RolesAllowed(PolicePermissions.RECORD)
    @Operation(summary = "Record that a restraining order was made",
            description = "Once there is a verdict, and once only. The order itself is recorded with the civil orders.")
    @APIResponse(responseCode = "200", description = "The court case",
            content = @Content(schema = @Schema(implementation = CourtCaseView.class)))
    @APIResponse(responseCode = "400", ref = ThroughlineApi.INVALID)
    @APIResponse(responseCode = "409", ref = ThroughlineApi.CONFLICT)
    @APIResponse(responseCode = "422", ref = ThroughlineApi.BUSINESS_RULE)
    public Response recordRestrainingOrder(@PathParam("id") long id, RestrainingOrderRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return current(validator.change(id, RequestValidator.requireBody(request).version(), ifMatch,
                DisposalDtoMapper.toForm(request), disposals::recordRestrainingOrderMade));
    }

    private static Response current(CourtCaseView courtCase) {
        return Versions.current(courtCase.version(), courtCase);
    }
}
