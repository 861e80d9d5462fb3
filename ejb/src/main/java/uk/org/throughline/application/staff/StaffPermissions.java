package uk.org.throughline.application.staff;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import uk.org.throughline.domain.model.staff.Role;

/**
 * Who may administer the system. Each permission is a security role the container checks ({@code
 * @RolesAllowed} on the service, {@code isUserInRole} on a page); {@link #GRANTED_TO} says which staff
 * roles hold it, and sign-in grants each member of staff the permissions of their roles.
 */
public final class StaffPermissions {

    /** Administer the system. */
    public static final String ADMINISTER = "staff.administer";

    public static final Map<String, Set<Role>> GRANTED_TO = Map.ofEntries(
            Map.entry(ADMINISTER, EnumSet.of(Role.ADMIN)));

    private StaffPermissions() {
    }
}
