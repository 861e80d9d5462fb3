package uk.org.throughline.domain.model.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import uk.org.throughline.domain.model.person.Gender;
import uk.org.throughline.domain.shared.InvalidFieldException;

class ProgrammeTest {

    private static Set<Integer> sessions(int from, int to) {
        return IntStream.rangeClosed(from, to).boxed().collect(Collectors.toSet());
    }

    @Test
    void caringDadsCompletesAt14Of17SessionsButNot13() {
        Programme caringDads = ProgrammeRecords.caringDads();
        assertEquals(17, caringDads.sessionCount());

        CompletionProgress fourteen = caringDads.progress(sessions(1, 14));
        assertTrue(fourteen.met());
        assertEquals("14 of 17 sessions attended (82%); Caring Dads needs 80%", fourteen.summary());

        CompletionProgress thirteen = caringDads.progress(sessions(5, 17));
        assertFalse(thirteen.met());
        assertEquals("13 of 17 sessions attended (76%); Caring Dads needs 80%", thirteen.summary());
    }

    @Test
    void completionByModulesNamesTheRequiredSessionsStillMissing() {
        Programme bbr = ProgrammeRecords.buildingBetterRelationships();
        assertEquals(30, bbr.sessionCount());
        assertEquals("My Thinking", bbr.moduleOf(7).name());

        Set<Integer> attended = sessions(1, 30);
        attended.removeAll(Set.of(7, 30));
        CompletionProgress progress = bbr.progress(attended);
        assertFalse(progress.met());
        assertEquals("28 of 30 sessions attended; not yet attended: session 7 (My Thinking), session 30 "
                + "(My Relationships)", progress.summary());

        assertTrue(ProgrammeRecords.pipa().progress(Set.of(1, 2)).met());
    }

    @Test
    void eachFailedCriterionIsNamedWithItsReason() {
        ProgrammeEligibility pipa = ProgrammeRecords.pipa().assess(ProgrammeRecords.facts(f -> {
            f.age = 17;
            f.risk = RiskLevel.HIGH;
        }));
        assertFalse(pipa.eligible());
        assertEquals("Age: aged 17; Project PIPA is for people aged 18 or over; Risk level: high risk; Project PIPA "
                + "takes low or medium risk", pipa.failureSummary());

        ProgrammeEligibility caringDads = ProgrammeRecords.caringDads().assess(ProgrammeRecords.facts(f -> {
            f.youngestChildAge = 13;
            f.exclusions = Set.of(ProgrammeExclusion.ACTIVE_CUSTODY_DISPUTE);
        }));
        assertEquals(List.of(ProgrammeCriterion.CHILD_CONTACT, ProgrammeCriterion.EXCLUSIONS),
                caringDads.failures().stream().map(CriterionResult::criterion).toList());
        assertEquals("Parent of a young child with regular contact: no child aged 12 or under is recorded; "
                + "Exclusions: Caring Dads excludes people with: active custody dispute", caringDads.failureSummary());

        assertEquals("Age: aged 19; YUVA is for people aged 11 to 18",
                ProgrammeRecords.yuva().assess(ProgrammeRecords.facts(f -> f.age = 19)).failureSummary());
    }

    @Test
    void aProgrammeWithoutALimitDoesNotCheckIt() {
        ProgrammeEligibility yuva = ProgrammeRecords.yuva().assess(ProgrammeRecords.facts(f -> {
            f.age = 15;
            f.gender = Gender.FEMALE;
            f.youngestChildAge = null;
        }));
        assertTrue(yuva.eligible());
        assertEquals(List.of(ProgrammeCriterion.AGE, ProgrammeCriterion.RISK_LEVEL),
                yuva.results().stream().map(CriterionResult::criterion).toList());
    }

    @Test
    void aRouteTheProgrammeDoesNotTakeIsRefusedNamingTheOnesItDoes() {
        InvalidFieldException refused = assertThrows(InvalidFieldException.class,
                () -> ProgrammeRecords.caringDads().enforcementPolicy(ReferralRoute.COURT_ORDER));
        assertEquals("route", refused.field());
        assertEquals("Caring Dads does not take referrals from court order requirement; it takes: children's social "
                + "care, voluntary or self-referral", refused.getMessage());
    }

    @Test
    void theDefinitionIsChecked() {
        ProgrammeDefinition pipa = ProgrammeRecords.pipa().definition();
        assertEquals("capacity", assertThrows(InvalidFieldException.class, () -> new Programme(copy(pipa,
                DeliveryMode.ONE_TO_ONE, pipa.capacity(), pipa.completionRule(), null, pipa.enforcementByRoute())))
                .field());
        assertEquals("completionPercentage", assertThrows(InvalidFieldException.class, () -> new Programme(copy(pipa,
                pipa.deliveryMode(), pipa.capacity(), CompletionRule.ATTENDANCE_PERCENTAGE, null,
                pipa.enforcementByRoute()))).field());
        InvalidFieldException wrongPolicy = assertThrows(InvalidFieldException.class, () -> new Programme(copy(pipa,
                pipa.deliveryMode(), pipa.capacity(), pipa.completionRule(), null,
                Map.of(ReferralRoute.COURT_ORDER, EnforcementPolicy.CAUTION_NON_COMPLIANCE))));
        assertEquals("\"Caution condition fails\" does not fit court order requirement referrals",
                wrongPolicy.getMessage());
    }

    @Test
    void anAdministratorsChangeIsCheckedAsANewEntryIsAndARefusedOneChangesNothing() {
        Programme caringDads = ProgrammeRecords.caringDads();
        ProgrammeDefinition before = caringDads.definition();
        assertEquals(before, ProgrammeRecords.caringDads().definition(), "the entry reads back as it was defined");

        caringDads.redefine(copy(before, DeliveryMode.GROUP, 8, CompletionRule.ATTENDANCE_PERCENTAGE, 75,
                before.enforcementByRoute()));
        assertEquals(8, caringDads.capacity());
        assertTrue(caringDads.progress(sessions(1, 13)).met(), "13 of 17 is 76%, enough at 75%");

        assertEquals("minimumGroupSize", assertThrows(InvalidFieldException.class, () -> caringDads.redefine(copy(
                before, DeliveryMode.GROUP, 5, CompletionRule.ATTENDANCE_PERCENTAGE, 80, before.enforcementByRoute())))
                .field());
        assertEquals(8, caringDads.capacity(), "a refused change leaves the entry as it was");
        assertEquals(75, caringDads.completionPercentage());
    }

    private static ProgrammeDefinition copy(ProgrammeDefinition d, DeliveryMode mode, int capacity, CompletionRule rule,
            Integer percentage, Map<ReferralRoute, EnforcementPolicy> routes) {
        return new ProgrammeDefinition(d.name(), d.targetGroup(), d.minimumAge(), d.maximumAge(), d.requiredGender(),
                d.childMaximumAge(), d.riskLevels(), d.exclusions(), routes, mode, d.modules(), d.sessionMinutes(),
                d.weeksBetweenSessions(), d.minimumGroupSize(), capacity, rule, percentage, d.parallelSupport());
    }
}
