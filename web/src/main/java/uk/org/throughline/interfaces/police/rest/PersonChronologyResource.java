package uk.org.throughline.interfaces.police.rest;

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
import uk.org.throughline.application.police.PersonChronology;
import uk.org.throughline.application.police.PolicePermissions;
import uk.org.throughline.interfaces.police.dto.ChronologyEntryResponse;
import uk.org.throughline.interfaces.police.facade.PoliceDtoMapper;
import uk.org.throughline.interfaces.shared.rest.ThroughlineApi;

/**
 * A person's police history as one timeline. A resource of its own under the person's address: the
 * person index knows nothing of incidents, and the longer path is matched here before PersonResource.
 */
@Path("persons/{id}/chronology")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Persons")
public class PersonChronologyResource {

    @Inject
    PersonChronology chronology;

    @GET
    @RolesAllowed(PolicePermissions.READ_CHRONOLOGY)
    @Operation(summary = "A person's chronology",
            description = "Incidents, arrests, bail conditions, interviews, disposals, court events and cautions, "
                    + "oldest first; each role sees the entries it may read.")
    @APIResponse(responseCode = "200", description = "The entries in date order")
    @APIResponse(responseCode = "404", ref = ThroughlineApi.NOT_FOUND)
    public List<ChronologyEntryResponse> forPerson(@PathParam("id") long id) {
        return chronology.forPerson(id).stream().map(PoliceDtoMapper::toResponse).toList();
    }
}
