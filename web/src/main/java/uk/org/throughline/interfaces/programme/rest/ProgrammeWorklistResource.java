package uk.org.throughline.interfaces.programme.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.org.throughline.application.programme.EvidenceWindows;
import uk.org.throughline.application.programme.ProgrammePermissions;
import uk.org.throughline.application.programme.ProgrammeWorklists;
import uk.org.throughline.interfaces.shared.rest.ThroughlineApi;

/** What programme staff act on next, for the signed-in member of staff. */
@Path("programme-worklists")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Programme worklists", description = "Facilitators' sessions, case workers' people, managers' figures")
public class ProgrammeWorklistResource {

    @Inject
    ProgrammeWorklists worklists;

    @Inject
    EvidenceWindows evidenceWindows;

    @GET
    @Path("facilitator")
    @RolesAllowed(ProgrammePermissions.FACILITATE)
    @Operation(summary = "My sessions", description = "The signed-in facilitator's sessions today and this week, and "
            + "the registers they have not completed.")
    @APIResponse(responseCode = "200", description = "The worklist")
    @APIResponse(responseCode = "403", ref = ThroughlineApi.FORBIDDEN)
    public ProgrammeWorklists.FacilitatorWorklist facilitator() {
        return worklists.facilitator();
    }

    @GET
    @Path("case-worker")
    @RolesAllowed(ProgrammePermissions.CASE_WORK)
    @Operation(summary = "My people", description = "The referrals the signed-in probation officer or YOT worker "
            + "answers for: next session, absences, warnings awaiting a response, breach referrals and tasks.")
    @APIResponse(responseCode = "200", description = "The worklist")
    @APIResponse(responseCode = "403", ref = ThroughlineApi.FORBIDDEN)
    public ProgrammeWorklists.CaseWorkerWorklist caseWorker() {
        return worklists.caseWorker();
    }

    @GET
    @Path("manager")
    @RolesAllowed(ProgrammePermissions.MANAGE)
    @Operation(summary = "Programme figures", description = "Per programme: the waiting list with wait times, open "
            + "cohorts and places, and completion rates.")
    @APIResponse(responseCode = "200", description = "The figures")
    @APIResponse(responseCode = "403", ref = ThroughlineApi.FORBIDDEN)
    public List<ProgrammeWorklists.ProgrammeFigures> manager() {
        return worklists.manager();
    }

    @POST
    @Path("evidence-windows")
    @RolesAllowed(ProgrammePermissions.MANAGE)
    @Operation(summary = "Check the evidence clock now", description = "What the server does every hour: prompts "
            + "the case worker and the facilitators, with a task, to judge each absence still awaiting evidence "
            + "after its working days to show a reasonable excuse; an absence is prompted for once.")
    @APIResponse(responseCode = "200", description = "How many absences were prompted for now: {\"prompted\": 1}")
    @APIResponse(responseCode = "403", ref = ThroughlineApi.FORBIDDEN)
    public JsonObject checkEvidenceWindows() {
        return Json.createObjectBuilder().add("prompted", evidenceWindows.promptJudgements()).build();
    }
}
