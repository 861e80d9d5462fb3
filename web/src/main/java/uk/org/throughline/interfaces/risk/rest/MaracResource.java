package uk.org.throughline.interfaces.risk.rest;

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
import uk.org.throughline.application.risk.MaracActionView;
import uk.org.throughline.application.risk.MaracMeetingView;
import uk.org.throughline.application.risk.MaracReferralView;
import uk.org.throughline.application.risk.MaracService;
import uk.org.throughline.application.risk.MaracSuggestionView;
import uk.org.throughline.application.risk.RiskForms.ActionForm;
import uk.org.throughline.application.risk.RiskForms.MaracReferralForm;
import uk.org.throughline.application.risk.RiskForms.MeetingForm;
import uk.org.throughline.application.risk.RiskPermissions;
import uk.org.throughline.interfaces.risk.dto.CompletionRequest;
import uk.org.throughline.interfaces.risk.dto.ListingRequest;
import uk.org.throughline.interfaces.risk.dto.MaracActionRequest;
import uk.org.throughline.interfaces.risk.dto.MaracReferralRequest;
import uk.org.throughline.interfaces.risk.dto.MeetingRequest;
import uk.org.throughline.interfaces.risk.facade.RiskDtoMapper;
import uk.org.throughline.interfaces.shared.rest.RequestValidator;
import uk.org.throughline.interfaces.shared.rest.ThroughlineApi;
import uk.org.throughline.interfaces.shared.rest.Versions;

/**
 * MARAC: referrals (police and partner-contact workers refer), meetings with their agendas and the
 * actions agencies take away (run by partner-contact workers, managers and administrators).
 * Perpetrator-facing roles get a 403 on all of it.
 */
@Path("marac")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(RiskPermissions.ASSESS)
@Tag(name = "Victim risk")
public class MaracResource {

    static final String CSV = "text/csv";

    @Inject
    MaracService marac;

    @Inject
    RequestValidator validator;

    @Context
    UriInfo uriInfo;

    @GET
    @Path("suggestion")
    @Operation(summary = "What the MARAC criteria say about referring a victim today",
            description = "Visible high risk (DASH 14+), else potential escalation (3+ police incidents as the victim in "
                    + "12 months by default), else professional judgement when her level was judged high; and whether a "
                    + "referral today would be a repeat (within 12 months of her last).")
    @APIResponse(responseCode = "200", description = "The suggestion",
            content = @Content(schema = @Schema(implementation = MaracSuggestionView.class)))
    @APIResponse(responseCode = "400", ref = ThroughlineApi.INVALID)
    @APIResponse(responseCode = "403", ref = ThroughlineApi.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ThroughlineApi.NOT_FOUND)
    public MaracSuggestionView suggestion(@QueryParam("personId") String personId) {
        return marac.suggestion(PersonIds.required(personId));
    }

    @POST
    @Path("referrals")
    @Operation(summary = "Refer a victim's case to MARAC",
            description = "The criterion is checked against the facts (400 on criterion when they do not meet it); "
                    + "repeat is computed.")
    @APIResponse(responseCode = "201", description = "Referred; Location is the new referral",
            content = @Content(schema = @Schema(implementation = MaracReferralView.class)))
    @APIResponse(responseCode = "400", ref = ThroughlineApi.INVALID)
    @APIResponse(responseCode = "403", ref = ThroughlineApi.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ThroughlineApi.NOT_FOUND)
    public Response refer(MaracReferralRequest request) {
        MaracReferralForm form = RiskDtoMapper.toForm(RequestValidator.requireBody(request));
        validator.validate(form);
        MaracReferralView referral = marac.refer(form);
        return Versions.created(uriInfo, referral.id(), referral.version(), referral);
    }

    @GET
    @Path("referrals")
    @Operation(summary = "A victim's MARAC referrals", description = "Newest first, with their actions.")
    @APIResponse(responseCode = "200", description = "Her referrals")
    @APIResponse(responseCode = "400", ref = ThroughlineApi.INVALID)
    @APIResponse(responseCode = "403", ref = ThroughlineApi.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ThroughlineApi.NOT_FOUND)
    public List<MaracReferralView> referrals(@QueryParam("personId") String personId) {
        return marac.referralsOf(PersonIds.required(personId));
    }

    @GET
    @Path("referrals/{id}")
    @Operation(summary = "Read a MARAC referral")
    @APIResponse(responseCode = "200", description = "The referral",
            content = @Content(schema = @Schema(implementation = MaracReferralView.class)))
    @APIResponse(responseCode = "403", ref = ThroughlineApi.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ThroughlineApi.NOT_FOUND)
    public Response referral(@PathParam("id") long id) {
        return current(marac.referral(id));
    }

    @POST
    @Path("referrals/{id}/listing")
    @RolesAllowed(RiskPermissions.COORDINATE)
    @Operation(summary = "List the case at a meeting", description = "Not at a meeting before the referral.")
    @APIResponse(responseCode = "200", description = "The listed referral",
            content = @Content(schema = @Schema(implementation = MaracReferralView.class)))
    @APIResponse(responseCode = "400", ref = ThroughlineApi.INVALID)
    @APIResponse(responseCode = "403", ref = ThroughlineApi.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ThroughlineApi.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ThroughlineApi.CONFLICT)
    public Response list(@PathParam("id") long id, ListingRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return current(validator.change(id, RequestValidator.requireBody(request).version(), ifMatch,
                RiskDtoMapper.toForm(request), marac::list));
    }

    @POST
    @Path("referrals/{id}/actions")
    @RolesAllowed(RiskPermissions.COORDINATE)
    @Operation(summary = "Give an agency an action on the case")
    @APIResponse(responseCode = "201", description = "The action; Location is its address",
            content = @Content(schema = @Schema(implementation = MaracActionView.class)))
    @APIResponse(responseCode = "400", ref = ThroughlineApi.INVALID)
    @APIResponse(responseCode = "403", ref = ThroughlineApi.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ThroughlineApi.NOT_FOUND)
    public Response addAction(@PathParam("id") long id, MaracActionRequest request) {
        ActionForm form = RiskDtoMapper.toForm(RequestValidator.requireBody(request));
        validator.validate(form);
        MaracActionView action = marac.addAction(id, form);
        return Response.created(uriInfo.getBaseUriBuilder().path("marac/actions/{id}").build(action.id()))
                .entity(action).tag(String.valueOf(action.version())).build();
    }

    @POST
    @Path("actions/{id}/completion")
    @RolesAllowed(RiskPermissions.COORDINATE)
    @Operation(summary = "Record an action as done")
    @APIResponse(responseCode = "200", description = "The action, done",
            content = @Content(schema = @Schema(implementation = MaracActionView.class)))
    @APIResponse(responseCode = "400", ref = ThroughlineApi.INVALID)
    @APIResponse(responseCode = "403", ref = ThroughlineApi.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ThroughlineApi.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ThroughlineApi.CONFLICT)
    @APIResponse(responseCode = "422", ref = ThroughlineApi.BUSINESS_RULE)
    public Response completeAction(@PathParam("id") long id, CompletionRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        MaracActionView action = validator.change(id, RequestValidator.requireBody(request).version(), ifMatch,
                RiskDtoMapper.toForm(request), marac::completeAction);
        return Versions.current(action.version(), action);
    }

    @POST
    @Path("meetings")
    @RolesAllowed(RiskPermissions.COORDINATE)
    @Operation(summary = "Schedule a MARAC meeting")
    @APIResponse(responseCode = "201", description = "Scheduled; Location is the meeting",
            content = @Content(schema = @Schema(implementation = MaracMeetingView.class)))
    @APIResponse(responseCode = "400", ref = ThroughlineApi.INVALID)
    @APIResponse(responseCode = "403", ref = ThroughlineApi.FORBIDDEN)
    public Response scheduleMeeting(MeetingRequest request) {
        MeetingForm form = RiskDtoMapper.toForm(RequestValidator.requireBody(request));
        validator.validate(form);
        MaracMeetingView meeting = marac.scheduleMeeting(form);
        return Versions.created(uriInfo, meeting.id(), meeting.version(), meeting);
    }

    @GET
    @Path("meetings")
    @Operation(summary = "Every MARAC meeting", description = "Latest first, without their agendas.")
    @APIResponse(responseCode = "200", description = "The meetings")
    @APIResponse(responseCode = "403", ref = ThroughlineApi.FORBIDDEN)
    public List<MaracMeetingView> meetings() {
        return marac.meetings();
    }

    @GET
    @Path("meetings/{id}")
    @Operation(summary = "A MARAC meeting with its agenda")
    @APIResponse(responseCode = "200", description = "The meeting",
            content = @Content(schema = @Schema(implementation = MaracMeetingView.class)))
    @APIResponse(responseCode = "403", ref = ThroughlineApi.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ThroughlineApi.NOT_FOUND)
    public Response meeting(@PathParam("id") long id) {
        MaracMeetingView meeting = marac.meeting(id);
        return Versions.current(meeting.version(), meeting);
    }

    @GET
    @Path("meetings/{id}/agenda")
    @Produces({CSV, "application/problem+json"})
    @Operation(summary = "The meeting's agenda as CSV", description = "One row per case; audited as an export.")
    @APIResponse(responseCode = "200", description = "The agenda (UTF-8 CSV, OFFICIAL-SENSITIVE)",
            content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "403", ref = ThroughlineApi.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ThroughlineApi.NOT_FOUND)
    public Response agenda(@PathParam("id") long id) {
        return Response.ok(marac.agendaCsv(id), CSV + "; charset=UTF-8")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"marac-agenda-" + id + ".csv\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }

    private static Response current(MaracReferralView referral) {
        return Versions.current(referral.version(), referral);
    }
}
