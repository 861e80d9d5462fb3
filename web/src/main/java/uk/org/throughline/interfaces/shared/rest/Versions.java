package uk.org.throughline.interfaces.shared.rest;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * Optimistic locking over HTTP: a record's version is its ETag, and a change sends back the version
 * that was read, in the body or as If-Match, so a change made meanwhile by someone else is a 409.
 */
public final class Versions {

    private Versions() {
    }

    /**
     * The version the client read: from the body, or else from an If-Match header holding the ETag
     * of a GET ({@code "3"}, or weak {@code W/"3"}).
     *
     * @throws InvalidRequestException on "version" or "If-Match" when neither gives one
     */
    public static long expected(Long bodyVersion, String ifMatch) {
        if (bodyVersion != null) {
            return bodyVersion;
        }
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new InvalidRequestException("version",
                    "Give the version you read, in the body or as an If-Match header");
        }
        String tag = ifMatch.trim();
        tag = tag.startsWith("W/") ? tag.substring(2) : tag;
        try {
            return Long.parseLong(tag.replace("\"", ""));
        } catch (NumberFormatException e) {
            throw new InvalidRequestException("If-Match",
                    "If-Match must be the ETag of the record as read, for example \"3\"");
        }
    }

    /** 200 with the record and its version as the ETag. */
    public static Response current(long version, Object body) {
        return Response.ok(body).tag(tag(version)).build();
    }

    /** 201 with Location the new record's address under the request's path, and its version as the ETag. */
    public static Response created(UriInfo uriInfo, long id, long version, Object body) {
        return Locations.created(uriInfo, id, body).tag(tag(version)).build();
    }

    private static EntityTag tag(long version) {
        return new EntityTag(String.valueOf(version));
    }
}
