package uk.org.throughline.interfaces.shared.rest;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * One JSON-B instance for every request and response body of the API. Without a resolver RESTEasy
 * builds a new Jsonb for each body it reads or writes, which looks up the provider on the class path
 * and, with an empty cache, works out again how to write each class: profiled, that was about 40 % of
 * the server's time per API request. A Jsonb is thread-safe and this one has the same default
 * configuration RESTEasy used. Application scoped so that it is closed when the application stops.
 */
@Provider
@ApplicationScoped
public class SharedJsonb implements ContextResolver<Jsonb> {

    private final Jsonb jsonb = JsonbBuilder.create();

    @Override
    public Jsonb getContext(Class<?> type) {
        return jsonb;
    }

    @PreDestroy
    void close() throws Exception {
        jsonb.close();
    }
}
