package uk.org.throughline.interfaces.risk.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.org.throughline.application.risk.RiskAssessmentService;
import uk.org.throughline.application.risk.RiskAssessmentView;
import uk.org.throughline.application.risk.RiskForms.AssessmentForm;
import uk.org.throughline.application.risk.RiskHistoryView;
import uk.org.throughline.application.risk.RiskPermissions;
import uk.org.throughline.interfaces.risk.dto.AssessmentRequest;
import uk.org.throughline.interfaces.risk.dto.AssessmentResponse;
import uk.org.throughline.interfaces.risk.dto.QuestionResponse;
import uk.org.throughline.interfaces.risk.facade.RiskDtoMapper;
import uk.org.throughline.interfaces.shared.rest.RequestValidator;
import uk.org.throughline.interfaces.shared.rest.ThroughlineApi;
import uk.org.throughline.interfaces.shared.rest.Versions;

/**
 * DASH risk assessments of victims, for the victim-facing roles only: partner-contact workers,
 * police, managers and administrators. Perpetrator-facing roles get a 403 here; they may read the
 * current level alone, at /api/persons/{id}/risk-level.
 */
@Path("risk-assessments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(RiskPermissions.ASSESS)
@Tag(name = "Victim risk", description = "DASH assessments, risk levels and history, MARAC and safety plans")
public class RiskAssessmentResource {

    @Inject
    RiskAssessmentService assessments;

    @Inject
    RequestValidator validator;

    @Context
    UriInfo uriInfo;

    @POST
    @Operation(summary = "Record a DASH assessment",
            description = "Scores the 24 checklist answers (14+ high, 10–13 medium, else standard). A judgedLevel may "
                    + "raise the level with a reason, never lower it (400 on judgedLevel). The answer says whether "
                    + "she rose to high risk and what the MARAC criteria make of it, e.g. \"MARAC referral "
                    + "suggested: visible high risk (DASH score 15).\"")
    @APIResponse(responseCode = "201", description = "Recorded; Location is the new assessment",
            content = @Content(schema = @Schema(implementation = AssessmentResponse.class)))
    @APIResponse(responseCode = "400", ref = ThroughlineApi.INVALID)
    @APIResponse(responseCode = "403", ref = ThroughlineApi.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ThroughlineApi.NOT_FOUND)
    public Response record(AssessmentRequest request) {
        AssessmentForm form = RiskDtoMapper.toForm(RequestValidator.requireBody(request));
        validator.validate(form);
        RiskAssessmentView assessment = assessments.record(form);
        return Versions.created(uriInfo, assessment.id(), assessment.version(), RiskDtoMapper.toResponse(assessment));
    }

    @GET
    @Operation(summary = "A victim's DASH assessments", description = "Newest first, with their answers.")
    @APIResponse(responseCode = "200", description = "Her assessments")
    @APIResponse(responseCode = "400", ref = ThroughlineApi.INVALID)
    @APIResponse(responseCode = "403", ref = ThroughlineApi.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ThroughlineApi.NOT_FOUND)
    public List<AssessmentResponse> list(@QueryParam("personId") String personId) {
        return assessments.assessmentsOf(PersonIds.required(personId)).stream().map(RiskDtoMapper::toResponse).toList();
    }

    @GET
    @Path("{id: [0-9]+}")
    @Operation(summary = "Read a DASH assessment")
    @APIResponse(responseCode = "200", description = "The assessment",
            content = @Content(schema = @Schema(implementation = AssessmentResponse.class)))
    @APIResponse(responseCode = "403", ref = ThroughlineApi.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ThroughlineApi.NOT_FOUND)
    public Response read(@PathParam("id") long id) {
        RiskAssessmentView assessment = assessments.view(id);
        return Versions.current(assessment.version(), RiskDtoMapper.toResponse(assessment));
    }

    @GET
    @Path("history")
    @Operation(summary = "A victim's risk history",
            description = "Her assessments and the DASH levels police recorded at the scene of incidents where she was "
                    + "the victim, oldest first, with the current level.")
    @APIResponse(responseCode = "200", description = "Her history",
            content = @Content(schema = @Schema(implementation = RiskHistoryView.class)))
    @APIResponse(responseCode = "400", ref = ThroughlineApi.INVALID)
    @APIResponse(responseCode = "403", ref = ThroughlineApi.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ThroughlineApi.NOT_FOUND)
    public RiskHistoryView history(@QueryParam("personId") String personId) {
        return assessments.history(PersonIds.required(personId));
    }

    @GET
    @Path("questions")
    @Operation(summary = "The DASH questions", description = "The 24 checklist questions, then the optional stalking "
            + "and honour-based abuse screens: the keys of an assessment's answers.")
    @APIResponse(responseCode = "200", description = "The questions in the order asked")
    public List<QuestionResponse> questions() {
        return RiskDtoMapper.questions();
    }
}
