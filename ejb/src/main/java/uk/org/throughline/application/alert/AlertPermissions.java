package uk.org.throughline.application.alert;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import uk.org.throughline.domain.model.staff.Role;

/**
 * Who may do what with alerts. Each permission is a security role the container checks ({@code
 * @RolesAllowed} on the service, {@code isUserInRole} on a page); {@link #GRANTED_TO} says which staff
 * roles hold it, and sign-in grants each member of staff the permissions of their roles.
 */
public final class AlertPermissions {

    /** Read and act on one's own alerts and tasks. */
    public static final String INBOX = "alert.inbox";

    public static final Map<String, Set<Role>> GRANTED_TO = Map.ofEntries(
            Map.entry(INBOX, EnumSet.allOf(Role.class)));

    private AlertPermissions() {
    }
}
