package uk.org.throughline.interfaces.shared.rest;

import uk.org.throughline.interfaces.shared.dto.ProblemDetail;

/** The kinds of problem the API reports, each with its own documented type URI. */
public enum ProblemType {
    VALIDATION(400, "validation", "The request is not valid"),
    MALFORMED_JSON(400, "malformed-json", "Malformed request body"),
    UNAUTHORIZED(401, "unauthorized", "Sign-in required"),
    FORBIDDEN(403, "forbidden", "Not permitted"),
    NOT_FOUND(404, "not-found", "Not found"),
    CONFLICT(409, "conflict", "Changed by someone else"),
    POSSIBLE_DUPLICATE(409, "possible-duplicate", "Possible duplicate"),
    BUSINESS_RULE(422, "business-rule", "Not allowed by the rules"),
    INELIGIBLE_FOR_CAUTION(422, "ineligible-for-caution", "Not eligible under the scheme"),
    INELIGIBLE_FOR_PROGRAMME(422, "ineligible-for-programme", "Not eligible for the programme"),
    TOO_MANY_SIGN_INS(429, "too-many-sign-ins", "Too many failed sign-ins"),
    SERVER_ERROR(500, "server-error", "Something went wrong");

    private static final String BASE_URI = "https://throughline.example/problems/";

    private final int status;
    private final String slug;
    private final String title;

    ProblemType(int status, String slug, String title) {
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    public int status() {
        return status;
    }

    /** {@code instance} is the path of the request the problem happened on. */
    public ProblemDetail problem(String detail, String instance) {
        return new ProblemDetail(BASE_URI + slug, title, status, detail, instance, null, null, null);
    }
}
