package uk.org.throughline.interfaces.admin.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import uk.org.throughline.application.demo.BenchmarkMode;

/**
 * Answers 404, exactly as for an address with nothing at it, for everything under /api/admin (the
 * synthetic-data and timing endpoints of {@link BenchmarkResource}) on a server not started for a
 * benchmark. It runs before a resource is matched, so neither the role check nor a wrong method or
 * media type (405, 415) tells anyone that the endpoints exist.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class BenchmarkOnlyFilter implements ContainerRequestFilter {

    private static final String BENCHMARK_PATHS = "admin/";

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath().replaceFirst("^/", "");
        if (!BenchmarkMode.isOn() && path.startsWith(BENCHMARK_PATHS)) {
            throw new NotFoundException();
        }
    }
}
