package uk.org.throughline.interfaces.shared.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** Where a record a POST created can be read. */
public final class Locations {

    private Locations() {
    }

    /** 201 with Location the new record's address under the request's path, e.g. /api/arrests/23. */
    public static Response.ResponseBuilder created(UriInfo uriInfo, long id, Object body) {
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(id)).build()).entity(body);
    }
}
