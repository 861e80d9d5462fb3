package uk.org.throughline.application.audit;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import uk.org.throughline.domain.model.staff.Role;

/**
 * Who may read the audit trail. Each permission is a security role the container checks ({@code
 * @RolesAllowed} on the service, {@code isUserInRole} on a page); {@link #GRANTED_TO} says which staff
 * roles hold it, and sign-in grants each member of staff the permissions of their roles.
 */
public final class AuditPermissions {

    /** Search the audit trail. */
    public static final String SEARCH = "audit.search";

    public static final Map<String, Set<Role>> GRANTED_TO = Map.ofEntries(
            Map.entry(SEARCH, EnumSet.of(Role.MANAGER, Role.ADMIN)));

    private AuditPermissions() {
    }
}
