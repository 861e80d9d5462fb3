package uk.org.throughline.interfaces.programme.rest;

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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.org.throughline.application.programme.CohortForms.CatchUpForm;
import uk.org.throughline.application.programme.CohortService;
import uk.org.throughline.application.programme.ProgrammePermissions;
import uk.org.throughline.application.programme.RegisterForm;
import uk.org.throughline.application.programme.RegisterService;
import uk.org.throughline.application.programme.RegisterView;
import uk.org.throughline.application.programme.SessionView;
import uk.org.throughline.interfaces.programme.dto.CatchUpRequest;
import uk.org.throughline.interfaces.programme.dto.RegisterRequest;
import uk.org.throughline.interfaces.programme.dto.RescheduleRequest;
import uk.org.throughline.interfaces.programme.facade.ProgrammeDtoMapper;
import uk.org.throughline.interfaces.shared.rest.RequestValidator;
import uk.org.throughline.interfaces.shared.rest.ThroughlineApi;
import uk.org.throughline.interfaces.shared.rest.Versions;

/**
 * Programme sessions: moved one at a time, repeated as a catch-up, and their attendance register.
 * The session's version is the ETag of its register: a save sends it back, so a register saved by
 * someone else meanwhile is a 409, never a lost mark.
 */
@Path("sessions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Sessions and registers", description = "Rescheduling, catch-ups and attendance registers")
public class SessionResource {

    @Inject
    CohortService cohorts;

    @Inject
    RegisterService registers;

    @Inject
    RequestValidator validator;

    @Context
    UriInfo uriInfo;

    @POST
    @Path("{id}/reschedule")
    @RolesAllowed(ProgrammePermissions.RUN_COHORTS)
    @Operation(summary = "Move one session", description = "To today or later, not a bank holiday, with the reason; "
            + "refused once attendance is recorded.")
    @APIResponse(responseCode = "200", description = "The session as moved",
            content = @Content(schema = @Schema(implementation = SessionView.class)))
    @APIResponse(responseCode = "400", ref = ThroughlineApi.INVALID)
    @APIResponse(responseCode = "404", ref = ThroughlineApi.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ThroughlineApi.CONFLICT)
    @APIResponse(responseCode = "422", ref = ThroughlineApi.BUSINESS_RULE)
    public Response reschedule(@PathParam("id") long id, RescheduleRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        SessionView session = validator.change(id, RequestValidator.requireBody(request).version(), ifMatch,
                ProgrammeDtoMapper.toForm(request), cohorts::reschedule);
        return Versions.current(session.version(), session);
    }

    @POST
    @Path("{id}/catch-ups")
    @RolesAllowed(ProgrammePermissions.RUN_COHORTS)
    @Operation(summary = "Plan a catch-up of a missed session", description = "For the referrals named, who were on "
            + "its register and did not attend it.")
    @APIResponse(responseCode = "201", description = "Planned; Location is the catch-up session's register",
            content = @Content(schema = @Schema(implementation = SessionView.class)))
    @APIResponse(responseCode = "400", ref = ThroughlineApi.INVALID)
    @APIResponse(responseCode = "404", ref = ThroughlineApi.NOT_FOUND)
    @APIResponse(responseCode = "422", ref = ThroughlineApi.BUSINESS_RULE)
    public Response catchUp(@PathParam("id") long id, CatchUpRequest request) {
        CatchUpForm form = ProgrammeDtoMapper.toForm(RequestValidator.requireBody(request));
        validator.validate(form);
        SessionView catchUp = cohorts.catchUp(id, form);
        return Response.created(uriInfo.getBaseUriBuilder().path("sessions/{id}/attendance").build(catchUp.id()))
                .tag(String.valueOf(catchUp.version()))
                .entity(catchUp)
                .build();
    }

    @GET
    @Path("{id}/attendance")
    @RolesAllowed(ProgrammePermissions.WORK_WITH_REFERRALS)
    @Operation(summary = "Read a session's register", description = "Everyone on it, marked or not; the ETag is the "
            + "version to send with the save.")
    @APIResponse(responseCode = "200", description = "The register",
            content = @Content(schema = @Schema(implementation = RegisterView.class)))
    @APIResponse(responseCode = "403", ref = ThroughlineApi.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ThroughlineApi.NOT_FOUND)
    public Response register(@PathParam("id") long id) {
        return current(registers.register(id));
    }

    @PUT
    @Path("{id}/attendance")
    @RolesAllowed(ProgrammePermissions.RUN_COHORTS)
    @Operation(summary = "Save a session's register",
            description = "All lines in one transaction with their audit rows: a new failure to comply gets the "
                    + "route's enforcement (a warning, then a breach referral within 12 months, for a court order; "
                    + "the caution's programme condition failed for a caution; a task for the case worker) listed in "
                    + "actions. Refused for a session not yet started or someone not on its register; a changed mark "
                    + "needs correctionReason.")
    @APIResponse(responseCode = "200", description = "The register as saved, with what saving did",
            content = @Content(schema = @Schema(implementation = RegisterView.class)))
    @APIResponse(responseCode = "400", ref = ThroughlineApi.INVALID)
    @APIResponse(responseCode = "403", ref = ThroughlineApi.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ThroughlineApi.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ThroughlineApi.CONFLICT)
    @APIResponse(responseCode = "422", ref = ThroughlineApi.BUSINESS_RULE)
    public Response save(@PathParam("id") long id, RegisterRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        long expectedVersion = Versions.expected(RequestValidator.requireBody(request).version(), ifMatch);
        RegisterForm form = ProgrammeDtoMapper.toForm(request, expectedVersion);
        validator.validate(form);
        return current(registers.save(id, form));
    }

    private static Response current(RegisterView register) {
        return Versions.current(register.session().version(), register);
    }
}
