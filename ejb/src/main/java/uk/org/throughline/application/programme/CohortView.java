package uk.org.throughline.application.programme;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import uk.org.throughline.domain.model.programme.CohortStatus;
import uk.org.throughline.domain.model.programme.ReferralStatus;

/**
 * A cohort with the people holding a place, those whose referral ended here ({@code finished}), its
 * sessions, (just after scheduling) the bank holidays the schedule stepped over, and a manager's reason
 * for letting it start smaller than the programme's smallest group, if one was given.
 */
public record CohortView(long id, long version, long programmeId, String programmeName, String name, String venue,
        int capacity, int placesTaken, CohortStatus status, Set<String> facilitators, List<Member> members,
        List<Member> finished, List<SessionView> sessions, List<SkippedDay> skipped, String smallGroupReason) {

    public CohortView {
        facilitators = Set.copyOf(facilitators);
        members = List.copyOf(members);
        finished = List.copyOf(finished);
        sessions = List.copyOf(sessions);
        skipped = List.copyOf(skipped);
    }

    /**
     * @param referralVersion the referral's version as read, for recording its outcome
     * @param progress        attendance against the completion rule, e.g. "14 of 17 sessions attended (82%); …"
     * @param completionMet   whether the completion rule is met, so completion can be recorded
     */
    public record Member(long referralId, long referralVersion, long personId, String personName,
            ReferralStatus status, String progress, boolean completionMet) {
    }

    public record SkippedDay(LocalDate date, String holiday) {
    }
}
