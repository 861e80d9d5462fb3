package uk.org.throughline.interfaces.programme.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.org.throughline.application.programme.CohortForms.CohortForm;
import uk.org.throughline.application.programme.CohortForms.ScheduleForm;
import uk.org.throughline.application.programme.CohortService;
import uk.org.throughline.application.programme.CohortView;
import uk.org.throughline.application.programme.ProgrammePermissions;
import uk.org.throughline.interfaces.programme.dto.CohortRequest;
import uk.org.throughline.interfaces.programme.dto.CohortResponse;
import uk.org.throughline.interfaces.programme.dto.ScheduleRequest;
import uk.org.throughline.interfaces.programme.dto.SmallGroupRequest;
import uk.org.throughline.interfaces.programme.facade.ProgrammeDtoMapper;
import uk.org.throughline.interfaces.shared.rest.RequestValidator;
import uk.org.throughline.interfaces.shared.rest.ThroughlineApi;
import uk.org.throughline.interfaces.shared.rest.Versions;

/** Cohorts: set up with their venue, facilitators and capacity, then scheduled around the bank holidays. */
@Path("cohorts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Cohorts", description = "Groups of a programme, their members and their sessions")
public class CohortResource {

    @Inject
    CohortService cohorts;

    @Inject
    RequestValidator validator;

    @Context
    UriInfo uriInfo;

    @POST
    @RolesAllowed(ProgrammePermissions.RUN_COHORTS)
    @Operation(summary = "Set up a cohort", description = "Its capacity cannot exceed the programme's.")
    @APIResponse(responseCode = "201", description = "Set up; Location is the new cohort",
            content = @Content(schema = @Schema(implementation = CohortResponse.class)))
    @APIResponse(responseCode = "400", ref = ThroughlineApi.INVALID)
    @APIResponse(responseCode = "403", ref = ThroughlineApi.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ThroughlineApi.NOT_FOUND)
    public Response create(CohortRequest request) {
        CohortForm form = ProgrammeDtoMapper.toForm(RequestValidator.requireBody(request));
        validator.validate(form);
        CohortView cohort = cohorts.create(form);
        return Versions.created(uriInfo, cohort.id(), cohort.version(), ProgrammeDtoMapper.toResponse(cohort));
    }

    @GET
    @Path("{id}")
    @RolesAllowed(ProgrammePermissions.WORK_WITH_REFERRALS)
    @Operation(summary = "Read a cohort", description = "With the people holding a place and its sessions.")
    @APIResponse(responseCode = "200", description = "The cohort",
            content = @Content(schema = @Schema(implementation = CohortResponse.class)))
    @APIResponse(responseCode = "403", ref = ThroughlineApi.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ThroughlineApi.NOT_FOUND)
    public CohortResponse read(@PathParam("id") long id) {
        return ProgrammeDtoMapper.toResponse(cohorts.view(id));
    }

    @POST
    @Path("{id}/schedule")
    @RolesAllowed(ProgrammePermissions.RUN_COHORTS)
    @Operation(summary = "Schedule every session of the cohort",
            description = "On one day of the week at one time, as often as the programme says, stepping over England "
                    + "and Wales bank holidays (listed in skipped). Once only: after that, reschedule single sessions.")
    @APIResponse(responseCode = "200", description = "The cohort with its sessions",
            content = @Content(schema = @Schema(implementation = CohortResponse.class)))
    @APIResponse(responseCode = "400", ref = ThroughlineApi.INVALID)
    @APIResponse(responseCode = "404", ref = ThroughlineApi.NOT_FOUND)
    @APIResponse(responseCode = "422", ref = ThroughlineApi.BUSINESS_RULE)
    public CohortResponse schedule(@PathParam("id") long id, ScheduleRequest request) {
        ScheduleForm form = ProgrammeDtoMapper.toForm(RequestValidator.requireBody(request));
        validator.validate(form);
        return ProgrammeDtoMapper.toResponse(cohorts.schedule(id, form));
    }

    @POST
    @Path("{id}/small-group-reason")
    @RolesAllowed(ProgrammePermissions.MANAGE)
    @Operation(summary = "Let a group start smaller than its programme's smallest group",
            description = "A manager's reason, recorded and audited. Without it the register of the first session "
                    + "is refused while fewer people than the smallest group (Caring Dads: 6) are on it.")
    @APIResponse(responseCode = "200", description = "The cohort with the reason",
            content = @Content(schema = @Schema(implementation = CohortResponse.class)))
    @APIResponse(responseCode = "400", ref = ThroughlineApi.INVALID)
    @APIResponse(responseCode = "403", ref = ThroughlineApi.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ThroughlineApi.NOT_FOUND)
    @APIResponse(responseCode = "422", ref = ThroughlineApi.BUSINESS_RULE)
    public CohortResponse agreeSmallStart(@PathParam("id") long id, SmallGroupRequest request) {
        return ProgrammeDtoMapper.toResponse(cohorts.agreeSmallStart(id, RequestValidator.requireBody(request).reason()));
    }
}
