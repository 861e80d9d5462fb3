package uk.org.throughline.application.order;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import uk.org.throughline.domain.model.staff.Role;

/**
 * Who may do what with civil orders and their breaches. Each permission is a security role the container
 * checks ({@code @RolesAllowed} on the service, {@code isUserInRole} on a page); {@link #GRANTED_TO} says
 * which staff roles hold it, and sign-in grants each member of staff the permissions of their roles.
 */
public final class OrderPermissions {

    /** Read orders and breaches (protected persons only with victim-facing permission). */
    public static final String READ = "order.read";

    /** Record and change orders, breaches and their outcomes, and work the order worklist. */
    public static final String RECORD = "order.record";

    /** Find the orders in force near an address. */
    public static final String SEARCH_NEAR_ADDRESS = "order.search-near-address";

    public static final Map<String, Set<Role>> GRANTED_TO = Map.ofEntries(
            Map.entry(READ, EnumSet.allOf(Role.class)),
            Map.entry(RECORD, EnumSet.of(Role.POLICE, Role.ADMIN)),
            Map.entry(SEARCH_NEAR_ADDRESS, EnumSet.of(Role.POLICE, Role.PARTNER_CONTACT, Role.ADMIN)));

    private OrderPermissions() {
    }
}
