package uk.org.throughline.interfaces.programme.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.org.throughline.domain.model.programme.EnforcementPolicy;
import uk.org.throughline.domain.model.programme.ReferralRoute;

/** A referral route a programme takes, and what follows a failure to comply on it. */
public record RouteEnforcement(
        @Schema(required = true, example = "COURT_ORDER") ReferralRoute route,
        @Schema(required = true, example = "WARNING_THEN_BREACH") EnforcementPolicy policy) {
}
