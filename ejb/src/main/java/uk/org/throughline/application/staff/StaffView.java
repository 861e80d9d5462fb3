package uk.org.throughline.application.staff;

import java.util.Set;
import uk.org.throughline.domain.model.staff.Role;

/** A member of staff as the rest of the system sees them (never their password hash). */
public record StaffView(String username, String displayName, Set<Role> roles, String agency, String team) {

    public StaffView {
        roles = Set.copyOf(roles);
    }
}
