package uk.org.throughline.domain.model.caseload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CaseloadRuleTest {

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

    private static PersonRestriction restriction(RestrictionKind kind, String username) {
        return new PersonRestriction(7L, kind, username, "Victim is a member of staff", "admin.demo", NOW);
    }

    @Test
    void probationReadsOnlyTheirCaseloadUntilTheyGiveAReason() {
        assertEquals(PersonAccess.ON_CASELOAD, CaseloadRule.accessOf("probation.demo", false, List.of(), true, false));
        assertEquals(PersonAccess.OFF_CASELOAD, CaseloadRule.accessOf("probation.demo", false, List.of(), false, false));
        assertEquals(PersonAccess.OPENED_FOR_REASON,
                CaseloadRule.accessOf("probation.demo", false, List.of(), false, true));
        assertFalse(PersonAccess.OFF_CASELOAD.mayRead());
        assertTrue(PersonAccess.OPENED_FOR_REASON.mayRead());
    }

    @Test
    void policeReadEveryoneUnlessARestrictionClosesTheRecordToThem() {
        assertEquals(PersonAccess.EVERYONE, CaseloadRule.accessOf("police.demo", true, List.of(), false, false));
        assertEquals(PersonAccess.RESTRICTED, CaseloadRule.accessOf("police.demo", true,
                List.of(restriction(RestrictionKind.EXCLUDED, "police.demo")), false, false));
        assertEquals(PersonAccess.EVERYONE, CaseloadRule.accessOf("police.demo", true,
                List.of(restriction(RestrictionKind.EXCLUDED, "another.officer")), false, false));
    }

    @Test
    void aRecordRestrictedToNamedStaffIsClosedToEveryoneElseWhateverTheirRoleOrCaseload() {
        List<PersonRestriction> onlyPartner = List.of(restriction(RestrictionKind.RESTRICTED_TO, "partner.demo"));
        assertEquals(PersonAccess.EVERYONE, CaseloadRule.accessOf("partner.demo", true, onlyPartner, false, false));
        assertEquals(PersonAccess.RESTRICTED, CaseloadRule.accessOf("manager.demo", true, onlyPartner, false, false));
        assertEquals(PersonAccess.RESTRICTED, CaseloadRule.accessOf("probation.demo", false, onlyPartner, true, true));
        assertFalse(PersonAccess.RESTRICTED.mayRead());
    }

    @Test
    void anExclusionBeatsBeingNamedInARestrictionToo() {
        List<PersonRestriction> both = List.of(restriction(RestrictionKind.RESTRICTED_TO, "probation.demo"),
                restriction(RestrictionKind.EXCLUDED, "probation.demo"));
        assertEquals(PersonAccess.RESTRICTED, CaseloadRule.accessOf("probation.demo", false, both, true, false));
    }
}
