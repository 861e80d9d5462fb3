package uk.org.throughline.application.caseload;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import uk.org.throughline.domain.model.staff.Role;

/**
 * Who may do what with caseloads. Each permission is a security role the container checks ({@code
 * @RolesAllowed} on the service, {@code isUserInRole} on a page); {@link #GRANTED_TO} says which staff roles
 * hold it, and sign-in grants each member of staff the permissions of their roles.
 */
public final class CaseloadPermissions {

    /**
     * Read every person's records, not only those on one's caseload: police (force-wide), partner-contact
     * workers, managers and administrators. Probation officers, YOT workers and facilitators lack it, and so
     * do MARAC coordinators: they need the victims and perpetrators of MARAC cases, which are on their
     * caseload (see {@code CaseloadRepository}), not everyone the force has dealt with; any other record they
     * open with a reason.
     */
    public static final String READ_EVERYONE = "caseload.read-everyone";

    /** Open the records of someone not on one's caseload, giving a reason (audited, the manager told). */
    public static final String OPEN_FOR_REASON = "caseload.open-for-reason";

    /** Allocate a person to an offender manager. */
    public static final String ALLOCATE = "caseload.allocate";

    /** Restrict a record to named staff, or close it to them. */
    public static final String RESTRICT = "caseload.restrict";

    /** Read the report of records opened outside caseloads. */
    public static final String REPORT = "caseload.report";

    public static final Map<String, Set<Role>> GRANTED_TO = Map.ofEntries(
            Map.entry(READ_EVERYONE, EnumSet.of(Role.POLICE, Role.PARTNER_CONTACT, Role.MANAGER, Role.ADMIN)),
            Map.entry(OPEN_FOR_REASON, EnumSet.of(Role.PROBATION, Role.YOT, Role.PROGRAMME_FACILITATOR,
                    Role.MARAC_COORDINATOR)),
            Map.entry(ALLOCATE, EnumSet.of(Role.MANAGER, Role.ADMIN)),
            Map.entry(RESTRICT, EnumSet.of(Role.ADMIN)),
            Map.entry(REPORT, EnumSet.of(Role.MANAGER, Role.ADMIN)));

    private CaseloadPermissions() {
    }
}
