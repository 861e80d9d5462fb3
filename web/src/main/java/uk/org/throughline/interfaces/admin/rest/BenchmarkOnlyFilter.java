package uk.org.throughline.interfaces.admin.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import uk.org.throughline.application.demo.BenchmarkMode;

/**
 * Answers 404, exactly as for an address with nothing at it, when a {@link BenchmarkOnly} resource is
 * called on a server not started for a benchmark. It runs before the role check, so no one, administrator
 * or not, can tell that the endpoints exist.
 */
@Provider
@BenchmarkOnly
@Priority(Priorities.AUTHENTICATION)
public class BenchmarkOnlyFilter implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        if (!BenchmarkMode.isOn()) {
            throw new NotFoundException();
        }
    }
}
