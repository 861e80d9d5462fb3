package uk.org.throughline.application.person;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import uk.org.throughline.domain.model.staff.Role;

/**
 * Who may do what with the person index. Each permission is a security role the container checks ({@code
 * @RolesAllowed} on the service, {@code isUserInRole} on a page); {@link #GRANTED_TO} says which staff
 * roles hold it, and sign-in grants each member of staff the permissions of their roles.
 */
public final class PersonPermissions {

    /** Search the index and read a person's record. */
    public static final String READ = "person.read";

    /** Register people and change their records. */
    public static final String RECORD = "person.record";

    /** Merge a duplicate record into another: it cannot be undone. */
    public static final String MERGE = "person.merge";

    public static final Map<String, Set<Role>> GRANTED_TO = Map.ofEntries(
            Map.entry(READ, EnumSet.allOf(Role.class)),
            Map.entry(RECORD, EnumSet.of(Role.POLICE, Role.PROBATION, Role.YOT, Role.PARTNER_CONTACT, Role.ADMIN)),
            Map.entry(MERGE, EnumSet.of(Role.ADMIN)));

    private PersonPermissions() {
    }
}
