package uk.org.throughline.interfaces.programme.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.org.throughline.application.programme.BankHolidayView;
import uk.org.throughline.application.programme.CatalogueForms.BankHolidayForm;
import uk.org.throughline.application.programme.ProgrammeCatalogue;
import uk.org.throughline.application.programme.ProgrammePermissions;
import uk.org.throughline.domain.shared.UkDate;
import uk.org.throughline.interfaces.programme.dto.BankHolidayRequest;
import uk.org.throughline.interfaces.programme.facade.ProgrammeDtoMapper;
import uk.org.throughline.interfaces.shared.rest.QueryParameters;
import uk.org.throughline.interfaces.shared.rest.RequestValidator;
import uk.org.throughline.interfaces.shared.rest.ThroughlineApi;

/**
 * The England and Wales bank holiday table that schedules step over, kept by administrators. A day
 * is added or removed, never changed: a wrong name is removed and added again.
 */
@Path("bank-holidays")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Bank holidays", description = "The days programme schedules step over")
public class BankHolidayResource {

    @Inject
    Clock clock;

    @Inject
    ProgrammeCatalogue catalogue;

    @Inject
    RequestValidator validator;

    @Context
    UriInfo uriInfo;

    @GET
    @RolesAllowed(ProgrammePermissions.EDIT_CATALOGUE)
    @Operation(summary = "List a year's bank holidays", description = "In date order; this year's unless year is given.")
    @APIResponse(responseCode = "200", description = "The year's bank holidays")
    @APIResponse(responseCode = "400", ref = ThroughlineApi.INVALID)
    @APIResponse(responseCode = "403", ref = ThroughlineApi.FORBIDDEN)
    public List<BankHolidayView> list(@QueryParam("year") String year) {
        QueryParameters parameters = new QueryParameters();
        int chosen = parameters.integer("year", year, UkDate.today(clock).getYear());
        parameters.throwIfInvalid();
        return catalogue.bankHolidays(chosen);
    }

    @POST
    @RolesAllowed(ProgrammePermissions.EDIT_CATALOGUE)
    @Operation(summary = "Add a bank holiday", description = "Sessions already planned on that day are not moved.")
    @APIResponse(responseCode = "201", description = "Added; Location is the day",
            content = @Content(schema = @Schema(implementation = BankHolidayView.class)))
    @APIResponse(responseCode = "400", ref = ThroughlineApi.INVALID)
    @APIResponse(responseCode = "403", ref = ThroughlineApi.FORBIDDEN)
    public Response add(BankHolidayRequest request) {
        BankHolidayForm form = ProgrammeDtoMapper.toForm(RequestValidator.requireBody(request));
        validator.validate(form);
        BankHolidayView added = catalogue.addBankHoliday(form);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(added.date().toString()).build())
                .entity(added)
                .build();
    }

    @DELETE
    @Path("{date}")
    @RolesAllowed(ProgrammePermissions.EDIT_CATALOGUE)
    @Operation(summary = "Remove a bank holiday", description = "The date is written yyyy-MM-dd.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "400", ref = ThroughlineApi.INVALID)
    @APIResponse(responseCode = "403", ref = ThroughlineApi.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ThroughlineApi.NOT_FOUND)
    public Response remove(@PathParam("date") String date) {
        QueryParameters parameters = new QueryParameters();
        LocalDate day = parameters.date("date", date);
        parameters.throwIfInvalid();
        catalogue.removeBankHoliday(day);
        return Response.noContent().build();
    }
}
