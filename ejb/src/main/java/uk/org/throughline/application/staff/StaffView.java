package uk.org.throughline.application.staff;

import java.util.Set;
import uk.org.throughline.domain.model.staff.PoliceRank;
import uk.org.throughline.domain.model.staff.Role;
import uk.org.throughline.domain.model.staff.StaffMember;

/**
 * A member of staff as the rest of the system sees them (never their password hash).
 *
 * @param rank the police rank, null for civilian staff
 */
public record StaffView(String username, String displayName, Set<Role> roles, String agency, String team,
        PoliceRank rank) {

    public StaffView {
        roles = Set.copyOf(roles);
    }

    public static StaffView of(StaffMember member) {
        return new StaffView(member.username(), member.displayName(), member.roles(), member.agency(), member.teamNames(),
                member.rank());
    }
}
