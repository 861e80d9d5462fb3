package uk.org.throughline.interfaces.programme.dto;

import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.org.throughline.domain.model.person.Gender;
import uk.org.throughline.domain.model.programme.CompletionRule;
import uk.org.throughline.domain.model.programme.DeliveryMode;
import uk.org.throughline.domain.model.programme.ParallelSupport;
import uk.org.throughline.domain.model.programme.ProgrammeExclusion;
import uk.org.throughline.domain.model.programme.RiskLevel;

/** A programme of the catalogue, added or changed whole by an administrator. */
public record CatalogueEntryRequest(
        @Schema(description = "On a change: the version as read; required unless an If-Match header is sent")
        Long version,
        @Schema(required = true, example = "Caring Dads") String name,
        @Schema(required = true, example = "Fathers of children 0-12 with regular contact") String targetGroup,
        @Schema(description = "Left out for no lower age limit", example = "18") Integer minimumAge,
        @Schema(description = "Left out for no upper age limit") Integer maximumAge,
        @Schema(description = "Left out when open to any gender", example = "MALE") Gender requiredGender,
        @Schema(description = "When set, only parents with regular contact with a child this age or younger",
                example = "12") Integer childMaximumAge,
        @Schema(required = true, example = "[\"LOW\", \"MEDIUM\"]") Set<RiskLevel> riskLevels,
        Set<ProgrammeExclusion> exclusions,
        @Schema(required = true, description = "Each route it takes referrals from, with what follows a failure")
        List<RouteEnforcement> enforcementByRoute,
        @Schema(required = true, example = "GROUP") DeliveryMode deliveryMode,
        @Schema(required = true) List<ModuleEntry> modules,
        @Schema(required = true, example = "120") Integer sessionMinutes,
        @Schema(required = true, example = "1") Integer weeksBetweenSessions,
        @Schema(required = true, example = "6") Integer minimumGroupSize,
        @Schema(required = true, example = "10") Integer capacity,
        @Schema(required = true, example = "ATTENDANCE_PERCENTAGE") CompletionRule completionRule,
        @Schema(description = "For ATTENDANCE_PERCENTAGE only", example = "80") Integer completionPercentage,
        Set<ParallelSupport> parallelSupport) {
}
