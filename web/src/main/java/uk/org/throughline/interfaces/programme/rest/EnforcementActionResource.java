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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.org.throughline.application.programme.ProgrammeDocuments;
import uk.org.throughline.application.programme.ProgrammePermissions;
import uk.org.throughline.application.programme.ReferralRecord;
import uk.org.throughline.application.programme.ReferralService;
import uk.org.throughline.interfaces.programme.dto.ResolutionRequest;
import uk.org.throughline.interfaces.programme.facade.ProgrammeDtoMapper;
import uk.org.throughline.interfaces.shared.rest.RequestValidator;
import uk.org.throughline.interfaces.shared.rest.ThroughlineApi;
import uk.org.throughline.interfaces.shared.rest.Versions;

/** What enforcement produced for a failure to comply: the warning letter, and how a breach or task ended. */
@Path("enforcement-actions")
@RequestScoped
@Tag(name = "Programme referrals", description = "Referrals from every route, through assessment to the outcome")
public class EnforcementActionResource {

    @Inject
    ProgrammeDocuments documents;

    @Inject
    ReferralService referrals;

    @Inject
    RequestValidator validator;

    @GET
    @Path("{id}/warning-letter")
    @Produces({PdfDownload.MEDIA_TYPE, "application/problem+json"})
    @RolesAllowed(ProgrammePermissions.WORK_WITH_REFERRALS)
    @Operation(summary = "The warning letter for a failure to comply, as PDF",
            description = "Sentencing Act 2020 Sch 10 para 6: what happened, that it was unacceptable, 7 days to "
                    + "respond, and that another failure within 12 months means a breach referral. Audited as an "
                    + "export of the referral.")
    @APIResponse(responseCode = "200", description = "The letter (A4, OFFICIAL-SENSITIVE)",
            content = @Content(mediaType = PdfDownload.MEDIA_TYPE,
                    schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "403", ref = ThroughlineApi.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ThroughlineApi.NOT_FOUND)
    @APIResponse(responseCode = "422", ref = ThroughlineApi.BUSINESS_RULE)
    public Response warningLetter(@PathParam("id") long id) {
        return PdfDownload.of(documents.warningLetter(id), "warning-letter-" + id + ".pdf");
    }

    @POST
    @Path("{id}/resolution")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(ProgrammePermissions.CASE_WORK)
    @Operation(summary = "Resolve a breach referral or a case worker's task",
            description = "With the day it was resolved and the outcome, e.g. the court's decision on the breach. A "
                    + "resolved breach restarts the count of warnings; a warning or failed caution condition stands as "
                    + "given (422). Send the version read, in the body or as If-Match.")
    @APIResponse(responseCode = "200", description = "The resolved action",
            content = @Content(schema = @Schema(implementation = ReferralRecord.EnforcementItem.class)))
    @APIResponse(responseCode = "400", ref = ThroughlineApi.INVALID)
    @APIResponse(responseCode = "403", ref = ThroughlineApi.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ThroughlineApi.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ThroughlineApi.CONFLICT)
    @APIResponse(responseCode = "422", ref = ThroughlineApi.BUSINESS_RULE)
    public Response resolve(@PathParam("id") long id, ResolutionRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        ReferralRecord.EnforcementItem resolved = validator.change(id, RequestValidator.requireBody(request).version(),
                ifMatch, ProgrammeDtoMapper.toForm(request), referrals::resolveEnforcement);
        return Versions.current(resolved.version(), resolved);
    }
}
