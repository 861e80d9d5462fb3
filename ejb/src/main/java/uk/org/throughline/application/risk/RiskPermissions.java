package uk.org.throughline.application.risk;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import uk.org.throughline.domain.model.staff.Role;

/**
 * Who may do what with risk assessments, MARAC and safety plans. Each permission is a security role the
 * container checks ({@code @RolesAllowed} on the service, {@code isUserInRole} on a page); {@link
 * #GRANTED_TO} says which staff roles hold it, and sign-in grants each member of staff the permissions of
 * their roles.
 */
public final class RiskPermissions {

    /** Record and read DASH assessments, refer to MARAC and read MARAC and safety plans. */
    public static final String ASSESS = "risk.assess";

    /** Run MARAC meetings and their actions, and change safety plans. */
    public static final String COORDINATE = "risk.coordinate";

    /** Read a person's current risk level, without the assessment behind it. */
    public static final String READ_LEVEL = "risk.read-level";

    public static final Map<String, Set<Role>> GRANTED_TO = Map.ofEntries(
            Map.entry(ASSESS, EnumSet.of(Role.POLICE, Role.PARTNER_CONTACT, Role.MANAGER, Role.MARAC_COORDINATOR,
                    Role.ADMIN)),
            Map.entry(COORDINATE, EnumSet.of(Role.PARTNER_CONTACT, Role.MANAGER, Role.MARAC_COORDINATOR, Role.ADMIN)),
            Map.entry(READ_LEVEL, EnumSet.allOf(Role.class)));

    private RiskPermissions() {
    }
}
