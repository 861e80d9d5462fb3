package uk.org.throughline.interfaces.admin.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.org.throughline.application.demo.SyntheticPopulation;
import uk.org.throughline.application.staff.StaffPermissions;
import uk.org.throughline.interfaces.admin.dto.DirectSearchTimingRequest;
import uk.org.throughline.interfaces.admin.dto.DirectSearchTimingResponse;
import uk.org.throughline.interfaces.admin.dto.SyntheticPersonsResponse;
import uk.org.throughline.interfaces.admin.dto.SyntheticProgrammesResponse;
import uk.org.throughline.interfaces.shared.rest.InvalidRequestException;
import uk.org.throughline.interfaces.shared.rest.QueryParameters;
import uk.org.throughline.interfaces.shared.rest.RequestValidator;
import uk.org.throughline.interfaces.shared.rest.ThroughlineApi;

/**
 * Load and benchmark runs (administrators only): never used by the demo or production data, and not there
 * at all unless the server was started with {@code -Dthroughline.benchmark=true}.
 */
@Path("admin")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(StaffPermissions.ADMINISTER)
@Tag(name = "Administration", description = "Synthetic data and timings for load and benchmark runs")
public class BenchmarkResource {

    /** Enough for a benchmark, small enough that one request cannot fill the disk. */
    static final int MAX_SYNTHETIC_PERSONS = 1_000_000;

    @Inject
    SyntheticPopulation syntheticPopulation;

    @Inject
    RequestValidator validator;

    @POST
    @Path("synthetic-persons")
    @Operation(summary = "Add synthetic people", description = "Same seed, same people.")
    @APIResponse(responseCode = "200", description = "How many were added and how long it took")
    @APIResponse(responseCode = "400", ref = ThroughlineApi.INVALID)
    public SyntheticPersonsResponse generate(
            @Parameter(required = true, example = "10000") @QueryParam("count") String count,
            @Parameter(example = "42") @QueryParam("seed") String seed) {
        QueryParameters parameters = new QueryParameters();
        int people = parameters.integer("count", count, 0);
        long randomSeed = parameters.integer("seed", seed, 42);
        parameters.throwIfInvalid();
        if (people < 1 || people > MAX_SYNTHETIC_PERSONS) {
            throw new InvalidRequestException("count", "count must be from 1 to " + MAX_SYNTHETIC_PERSONS);
        }
        long started = System.nanoTime();
        int generated = syntheticPopulation.generate(people, randomSeed);
        return new SyntheticPersonsResponse(generated, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
    }

    @POST
    @Path("synthetic-programmes")
    @Operation(summary = "Add synthetic programme history",
            description = "Per group, drawn from the people already in the index: a finished Caring Dads cohort of "
                    + "ten with every register line, its audit row and enforcement, a finished YUVA one-to-one, and "
                    + "eight referrals on the waiting list. Same seed, same history.")
    @APIResponse(responseCode = "200", description = "How much history was added and how long it took")
    @APIResponse(responseCode = "400", ref = ThroughlineApi.INVALID)
    public SyntheticProgrammesResponse generateProgrammes(
            @Parameter(required = true, example = "200") @QueryParam("groups") String groups,
            @Parameter(example = "42") @QueryParam("seed") String seed) {
        QueryParameters parameters = new QueryParameters();
        int count = parameters.integer("groups", groups, 0);
        long randomSeed = parameters.integer("seed", seed, 42);
        parameters.throwIfInvalid();
        return SyntheticProgrammesResponse.of(syntheticPopulation.generateProgrammes(count, randomSeed));
    }

    @POST
    @Path("direct-search-timing")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Time the search's bare SQL",
            description = "Runs the indexed phonetic-key query over JDBC, so the API's timings can be compared with the database's own.")
    @APIResponse(responseCode = "200", description = "Nanoseconds of each run")
    @APIResponse(responseCode = "400", ref = ThroughlineApi.INVALID)
    public DirectSearchTimingResponse timeDirectSearch(DirectSearchTimingRequest request) {
        validator.validate(request);
        return new DirectSearchTimingResponse(
                syntheticPopulation.timeDirectSearch(request.surnames(), request.repetitions()));
    }
}
