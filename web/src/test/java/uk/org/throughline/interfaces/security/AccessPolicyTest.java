package uk.org.throughline.interfaces.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.org.throughline.application.caseload.CaseloadPermissions;
import uk.org.throughline.application.order.OrderPermissions;
import uk.org.throughline.application.person.PersonPermissions;
import uk.org.throughline.application.victim.VictimPermissions;
import uk.org.throughline.domain.model.staff.Role;

class AccessPolicyTest {

    @Test
    void aRoleHoldsItsNameAndItsContextsPermissions() {
        Set<String> police = AccessPolicy.securityRolesOf(List.of(Role.POLICE));
        assertTrue(police.contains("POLICE"));
        assertTrue(police.contains(OrderPermissions.RECORD));
        assertTrue(police.contains(VictimPermissions.VICTIM_FACING));
        assertFalse(police.contains(PersonPermissions.MERGE));
    }

    @Test
    void perpetratorFacingRolesAreNeverVictimFacing() {
        for (Role role : List.of(Role.PROBATION, Role.YOT, Role.PROGRAMME_FACILITATOR)) {
            Set<String> granted = AccessPolicy.securityRolesOf(List.of(role));
            assertFalse(granted.contains(VictimPermissions.VICTIM_FACING), role.name());
            assertFalse(granted.contains(VictimPermissions.READ), role.name());
            assertTrue(granted.contains(VictimPermissions.READ_SUMMARY), role.name());
        }
    }

    @Test
    void managersReadEveryonesRecordsAndCaseWorkersTheirCaseloads() {
        assertTrue(AccessPolicy.securityRolesOf(List.of(Role.MANAGER)).contains(CaseloadPermissions.READ_EVERYONE));
        for (Role role : List.of(Role.PROBATION, Role.YOT, Role.PROGRAMME_FACILITATOR)) {
            Set<String> granted = AccessPolicy.securityRolesOf(List.of(role));
            assertFalse(granted.contains(CaseloadPermissions.READ_EVERYONE), role.name());
            assertTrue(granted.contains(CaseloadPermissions.OPEN_FOR_REASON), role.name());
        }
    }

    @Test
    void twoRolesHoldWhatEitherHolds() {
        Set<String> both = AccessPolicy.securityRolesOf(List.of(Role.PROBATION, Role.ADMIN));
        assertTrue(both.contains(PersonPermissions.MERGE));
        assertTrue(both.contains("PROBATION"));
    }
}
