package uk.org.throughline.interfaces.programme.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.org.throughline.application.ProgrammeDocuments;
import uk.org.throughline.domain.model.staff.RoleNames;
import uk.org.throughline.interfaces.shared.rest.ThroughlineApi;

/** What enforcement produced for a failure to comply: today, the warning letter. */
@Path("enforcement-actions")
@RequestScoped
@Tag(name = "Programme referrals", description = "Referrals from every route, through assessment to the outcome")
public class EnforcementActionResource {

    @Inject
    ProgrammeDocuments documents;

    @GET
    @Path("{id}/warning-letter")
    @Produces({PdfDownload.MEDIA_TYPE, "application/problem+json"})
    @RolesAllowed({RoleNames.PROBATION, RoleNames.YOT, RoleNames.PROGRAMME_FACILITATOR, RoleNames.MANAGER,
            RoleNames.ADMIN})
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
}
