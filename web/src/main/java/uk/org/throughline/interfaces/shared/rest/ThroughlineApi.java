package uk.org.throughline.interfaces.shared.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import uk.org.throughline.interfaces.shared.dto.ProblemDetail;

/**
 * The REST API, under /api; WildFly publishes its OpenAPI document at /openapi. The error
 * responses are declared once here and referred to by name from each operation.
 */
@ApplicationPath("api")
@OpenAPIDefinition(
        info = @Info(title = "Throughline API", version = "1.0",
                description = "Throughline, case management for domestic-abuse perpetrator work: the person index "
                        + "the police journey (incidents, arrests, disposals, court cases, conditional cautions) and "
                        + "programmes (referrals, cohorts, sessions, attendance registers). "
                        + "Every request signs in with HTTP Basic; dates are ISO yyyy-MM-dd, date-times ISO 8601 "
                        + "with their offset; errors are RFC 9457 application/problem+json."),
        security = @SecurityRequirement(name = "basic"),
        components = @Components(responses = {
                @APIResponse(name = ThroughlineApi.INVALID, responseCode = "400",
                        description = "Not valid: the fields at fault are listed in errors", content = @Content(
                                mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class))),
                @APIResponse(name = ThroughlineApi.FORBIDDEN, responseCode = "403",
                        description = "Your role may not do this, or may not see this record", content = @Content(
                                mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class))),
                @APIResponse(name = ThroughlineApi.NOT_FOUND, responseCode = "404",
                        description = "No such record (or it was merged into another)", content = @Content(
                                mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class))),
                @APIResponse(name = ThroughlineApi.CONFLICT, responseCode = "409",
                        description = "Possible duplicate (with matches), or changed by someone else since it was read",
                        content = @Content(
                                mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class))),
                @APIResponse(name = ThroughlineApi.BUSINESS_RULE, responseCode = "422",
                        description = "Not allowed in the record's present state (the detail names it), or a caution "
                                + "case or programme referral that fails its rules (listed in failedRules)",
                        content = @Content(
                                mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))}))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class ThroughlineApi extends Application {

    public static final String INVALID = "Invalid";
    public static final String NOT_FOUND = "NotFound";
    public static final String CONFLICT = "Conflict";
    public static final String FORBIDDEN = "Forbidden";
    public static final String BUSINESS_RULE = "BusinessRule";
}
