package uk.org.throughline.interfaces.programme.dto;

import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.org.throughline.domain.model.programme.DeliveryMode;
import uk.org.throughline.domain.model.programme.ReferralRoute;

/** A programme of the catalogue. */
public record ProgrammeResponse(
        long id,
        @Schema(example = "Caring Dads") String name,
        String targetGroup,
        DeliveryMode deliveryMode,
        int sessionCount,
        int capacity,
        @Schema(example = "At least 80% of sessions attended") String completionRule,
        @Schema(description = "The referral routes the programme accepts") Set<ReferralRoute> routes) {
}
