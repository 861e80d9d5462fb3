package uk.org.throughline.interfaces.programme.dto;

import java.util.List;
import java.util.Set;
import uk.org.throughline.domain.model.person.Gender;
import uk.org.throughline.domain.model.programme.CompletionRule;
import uk.org.throughline.domain.model.programme.DeliveryMode;
import uk.org.throughline.domain.model.programme.ParallelSupport;
import uk.org.throughline.domain.model.programme.ProgrammeExclusion;
import uk.org.throughline.domain.model.programme.RiskLevel;

/** A programme of the catalogue as an administrator edits it; {@code version} goes back with a change. */
public record CatalogueEntryResponse(
        long id,
        long version,
        String name,
        String targetGroup,
        Integer minimumAge,
        Integer maximumAge,
        Gender requiredGender,
        Integer childMaximumAge,
        Set<RiskLevel> riskLevels,
        Set<ProgrammeExclusion> exclusions,
        List<RouteEnforcement> enforcementByRoute,
        DeliveryMode deliveryMode,
        List<ModuleEntry> modules,
        int sessionMinutes,
        int weeksBetweenSessions,
        int minimumGroupSize,
        int capacity,
        CompletionRule completionRule,
        Integer completionPercentage,
        Set<ParallelSupport> parallelSupport) {
}
