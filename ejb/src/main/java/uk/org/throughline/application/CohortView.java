package uk.org.throughline.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import uk.org.throughline.domain.model.programme.CohortStatus;
import uk.org.throughline.domain.model.programme.ReferralStatus;

/**
 * A cohort with the people holding a place, its sessions, and (just after scheduling) the bank
 * holidays the schedule stepped over.
 */
public record CohortView(long id, long version, long programmeId, String programmeName, String name, String venue,
        int capacity, int placesTaken, CohortStatus status, Set<String> facilitators, List<Member> members,
        List<SessionView> sessions, List<SkippedDay> skipped) {

    public CohortView {
        facilitators = Set.copyOf(facilitators);
        members = List.copyOf(members);
        sessions = List.copyOf(sessions);
        skipped = List.copyOf(skipped);
    }

    public record Member(long referralId, long personId, String personName, ReferralStatus status) {
    }

    public record SkippedDay(LocalDate date, String holiday) {
    }
}
