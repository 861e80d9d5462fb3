package uk.org.throughline.domain.model.programme;

import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.org.throughline.domain.model.person.Gender;

/**
 * A programme as an administrator defines it.
 *
 * @param minimumAge           null for no lower limit
 * @param maximumAge           null for no upper limit
 * @param requiredGender       null when open to any
 * @param childMaximumAge      when set, the person must be a parent with regular contact with a child
 *                             this age or younger
 * @param enforcementByRoute   the routes the programme accepts, each with what follows a failure to comply
 * @param completionPercentage for {@link CompletionRule#ATTENDANCE_PERCENTAGE} only
 */
public record ProgrammeDefinition(String name, String targetGroup, Integer minimumAge, Integer maximumAge,
        Gender requiredGender, Integer childMaximumAge, Set<RiskLevel> riskLevels, Set<ProgrammeExclusion> exclusions,
        Map<ReferralRoute, EnforcementPolicy> enforcementByRoute, DeliveryMode deliveryMode,
        List<ProgrammeModule> modules, int sessionMinutes, int weeksBetweenSessions, int minimumGroupSize,
        int capacity, CompletionRule completionRule, Integer completionPercentage,
        Set<ParallelSupport> parallelSupport) {
}
