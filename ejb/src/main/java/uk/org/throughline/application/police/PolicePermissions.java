package uk.org.throughline.application.police;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import uk.org.throughline.domain.model.staff.Role;

/**
 * Who may do what with police records: incidents, custody, disposals, court cases and conditional
 * cautions. Each permission is a security role the container checks ({@code @RolesAllowed} on the service,
 * {@code isUserInRole} on a page); {@link #GRANTED_TO} says which staff roles hold it, and sign-in grants
 * each member of staff the permissions of their roles.
 */
public final class PolicePermissions {

    /** Record and change incidents, arrests, interviews, custody results, disposals, court cases and cautions. */
    public static final String RECORD = "police.record";

    /** Read arrests, voluntary interviews, a suspect's dealings and the police worklist. */
    public static final String READ_CUSTODY = "police.read-custody";

    /** Read incidents, with the place and account for those who work with victims. */
    public static final String READ_INCIDENTS = "police.read-incidents";

    /** Read disposals, court cases and cautions: what the offender manager needs. */
    public static final String READ_OUTCOMES = "police.read-outcomes";

    /** Read where an incident happened and the account given: those who work with victims, not managers. */
    public static final String READ_PLACE_AND_ACCOUNT = "police.read-place-and-account";

    /** Read a person's police chronology, each entry as the other permissions allow. */
    public static final String READ_CHRONOLOGY = "police.read-chronology";

    public static final Map<String, Set<Role>> GRANTED_TO = Map.ofEntries(
            Map.entry(RECORD, EnumSet.of(Role.POLICE, Role.ADMIN)),
            Map.entry(READ_CUSTODY, EnumSet.of(Role.POLICE, Role.MANAGER, Role.ADMIN)),
            Map.entry(READ_INCIDENTS, EnumSet.of(Role.POLICE, Role.PARTNER_CONTACT, Role.MANAGER, Role.MARAC_COORDINATOR,
                    Role.ADMIN)),
            Map.entry(READ_OUTCOMES, EnumSet.of(Role.POLICE, Role.PROBATION, Role.YOT, Role.MANAGER, Role.ADMIN)),
            Map.entry(READ_PLACE_AND_ACCOUNT, EnumSet.of(Role.POLICE, Role.PARTNER_CONTACT, Role.ADMIN)),
            Map.entry(READ_CHRONOLOGY, EnumSet.allOf(Role.class)));

    private PolicePermissions() {
    }
}
