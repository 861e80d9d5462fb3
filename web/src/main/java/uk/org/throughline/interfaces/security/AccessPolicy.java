package uk.org.throughline.interfaces.security;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import uk.org.throughline.application.alert.AlertPermissions;
import uk.org.throughline.application.audit.AuditPermissions;
import uk.org.throughline.application.caseload.CaseloadPermissions;
import uk.org.throughline.application.order.OrderPermissions;
import uk.org.throughline.application.person.PersonPermissions;
import uk.org.throughline.application.police.PolicePermissions;
import uk.org.throughline.application.programme.ProgrammePermissions;
import uk.org.throughline.application.risk.RiskPermissions;
import uk.org.throughline.application.staff.StaffPermissions;
import uk.org.throughline.application.victim.VictimPermissions;
import uk.org.throughline.domain.model.staff.Role;

/**
 * The one access policy: each context declares its permissions and the roles that hold them; signing
 * in grants a member of staff their roles and every permission those roles hold, as the security roles
 * the services ({@code @RolesAllowed}), resources and pages check.
 */
public final class AccessPolicy {

    private static final List<Map<String, Set<Role>>> CONTEXTS = List.of(PersonPermissions.GRANTED_TO,
            PolicePermissions.GRANTED_TO, ProgrammePermissions.GRANTED_TO, OrderPermissions.GRANTED_TO,
            VictimPermissions.GRANTED_TO, RiskPermissions.GRANTED_TO, AlertPermissions.GRANTED_TO,
            AuditPermissions.GRANTED_TO, StaffPermissions.GRANTED_TO, CaseloadPermissions.GRANTED_TO);

    private AccessPolicy() {
    }

    /** The role names and the permissions the roles hold. */
    public static Set<String> securityRolesOf(Collection<Role> roles) {
        Set<String> granted = new TreeSet<>();
        for (Role role : roles) {
            granted.add(role.name());
            CONTEXTS.forEach(context -> context.forEach((permission, holders) -> {
                if (holders.contains(role)) {
                    granted.add(permission);
                }
            }));
        }
        return granted;
    }
}
