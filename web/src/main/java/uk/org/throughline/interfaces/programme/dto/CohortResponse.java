package uk.org.throughline.interfaces.programme.dto;

import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.org.throughline.application.programme.CohortView;
import uk.org.throughline.application.programme.SessionView;
import uk.org.throughline.domain.model.programme.CohortStatus;

/**
 * A cohort with its members and sessions. Not {@link CohortView} itself: the API gives each member's
 * referral and status only, and leaves out those who finished.
 */
public record CohortResponse(
        long id,
        long version,
        long programmeId,
        String programmeName,
        String name,
        String venue,
        int capacity,
        int placesTaken,
        CohortStatus status,
        Set<String> facilitators,
        List<CohortMemberResponse> members,
        List<SessionView> sessions,
        @Schema(description = "Just after scheduling: the bank holidays stepped over") List<CohortView.SkippedDay> skipped,
        @Schema(description = "A manager's reason for letting the group start smaller than the programme's smallest group")
        String smallGroupReason) {
}
