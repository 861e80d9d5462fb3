package uk.org.throughline.interfaces.programme.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.org.throughline.application.ReferralService;
import uk.org.throughline.domain.model.staff.RoleNames;
import uk.org.throughline.domain.shared.RecordNotFoundException;
import uk.org.throughline.interfaces.programme.dto.ProgrammeResponse;
import uk.org.throughline.interfaces.programme.facade.ProgrammeDtoMapper;
import uk.org.throughline.interfaces.shared.rest.ThroughlineApi;

/** The programme catalogue, to refer to and plan cohorts with. */
@Path("programmes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Programmes", description = "The catalogue of perpetrator programmes")
public class ProgrammeResource {

    @Inject
    ReferralService referrals;

    @GET
    @RolesAllowed({RoleNames.PROBATION, RoleNames.YOT, RoleNames.PROGRAMME_FACILITATOR, RoleNames.PARTNER_CONTACT,
            RoleNames.MANAGER, RoleNames.ADMIN})
    @Operation(summary = "List the programmes", description = "Each with its shape, completion rule and the referral "
            + "routes it accepts.")
    @APIResponse(responseCode = "200", description = "The catalogue")
    @APIResponse(responseCode = "403", ref = ThroughlineApi.FORBIDDEN)
    public List<ProgrammeResponse> list() {
        return referrals.programmes().stream().map(ProgrammeDtoMapper::toResponse).toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({RoleNames.PROBATION, RoleNames.YOT, RoleNames.PROGRAMME_FACILITATOR, RoleNames.PARTNER_CONTACT,
            RoleNames.MANAGER, RoleNames.ADMIN})
    @Operation(summary = "Read a programme")
    @APIResponse(responseCode = "200", description = "The programme")
    @APIResponse(responseCode = "403", ref = ThroughlineApi.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ThroughlineApi.NOT_FOUND)
    public ProgrammeResponse read(@PathParam("id") long id) {
        return referrals.programmes().stream()
                .filter(programme -> programme.id() == id)
                .findFirst()
                .map(ProgrammeDtoMapper::toResponse)
                .orElseThrow(() -> new RecordNotFoundException("Programme", id));
    }
}
