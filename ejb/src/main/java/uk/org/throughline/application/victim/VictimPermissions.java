package uk.org.throughline.application.victim;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import uk.org.throughline.domain.model.staff.Role;

/**
 * Who may do what with victim records: the most sensitive data here. Each permission is a security role
 * the container checks ({@code @RolesAllowed} on the service, {@code isUserInRole} on a page); {@link
 * #GRANTED_TO} says which staff roles hold it, and sign-in grants each member of staff the permissions of
 * their roles.
 */
public final class VictimPermissions {

    /** Open and change victim records and log partner contacts. */
    public static final String RECORD = "victim.record";

    /** Read a victim's whole record, safe contact details included, with a reason. */
    public static final String READ = "victim.read";

    /** Read that someone is a victim, her risk level and the orders protecting her. */
    public static final String READ_SUMMARY = "victim.read-summary";

    /** Hold partner-contact plans of one's own. */
    public static final String PARTNER_CONTACT_WORK = "victim.partner-contact-work";

    /** See where people at risk live and who is protected: never perpetrator-facing roles. */
    public static final String VICTIM_FACING = "victim.victim-facing";

    public static final Map<String, Set<Role>> GRANTED_TO = Map.ofEntries(
            Map.entry(RECORD, EnumSet.of(Role.PARTNER_CONTACT, Role.ADMIN)),
            Map.entry(READ, EnumSet.of(Role.PARTNER_CONTACT, Role.MANAGER, Role.MARAC_COORDINATOR, Role.ADMIN)),
            Map.entry(READ_SUMMARY, EnumSet.allOf(Role.class)),
            Map.entry(PARTNER_CONTACT_WORK, EnumSet.of(Role.PARTNER_CONTACT)),
            Map.entry(VICTIM_FACING, EnumSet.of(Role.POLICE, Role.PARTNER_CONTACT, Role.MANAGER, Role.MARAC_COORDINATOR,
                    Role.ADMIN)));

    private VictimPermissions() {
    }
}
