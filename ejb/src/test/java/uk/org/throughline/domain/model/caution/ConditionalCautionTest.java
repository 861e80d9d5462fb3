package uk.org.throughline.domain.model.caution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static uk.org.throughline.domain.model.caution.CautionRecords.ATTEND_PIPA;
import static uk.org.throughline.domain.model.caution.CautionRecords.CAUTION_DAY;
import static uk.org.throughline.domain.model.caution.CautionRecords.DEFAULT_DEADLINE;
import static uk.org.throughline.domain.model.caution.CautionRecords.NO_CONTACT;
import static uk.org.throughline.domain.model.caution.CautionRecords.facts;
import static uk.org.throughline.domain.model.caution.CautionRecords.give;
import static uk.org.throughline.domain.model.caution.CautionRecords.pipa;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import uk.org.throughline.domain.model.incident.DashLevel;
import uk.org.throughline.domain.model.incident.Offence;
import uk.org.throughline.domain.model.incident.OffenceClass;
import uk.org.throughline.domain.model.staff.PoliceRank;
import uk.org.throughline.domain.shared.InvalidFieldException;
import uk.org.throughline.domain.shared.PoliceText;

/** Giving a conditional caution: its statutory requirements, the scheme, the conditions and the deadline. */
class ConditionalCautionTest {

    /** 15/01/2026 + 20 weeks. */
    private static final LocalDate LATEST_DEADLINE = LocalDate.of(2026, 6, 4);
    private static final EligibilityAssessment HIGH_RISK = pipa().assess(facts(f -> f.dash = DashEvidence.atTheScene(DashLevel.HIGH)));

    private static InvalidFieldException refused(Consumer<CautionRecords.Caution> change) {
        return assertThrows(InvalidFieldException.class, () -> give(change));
    }

    @Test
    void anAdultCautionOnTheSchemeIsActiveWithItsConditions() {
        ConditionalCaution given = give(c -> c.conditions = List.of(ATTEND_PIPA, NO_CONTACT));
        assertEquals(ComplianceStatus.ACTIVE, given.status());
        assertEquals(List.of(ComplianceStatus.ACTIVE, ComplianceStatus.ACTIVE),
                given.conditions().stream().map(CautionCondition::status).toList());
        assertEquals("Project PIPA", given.scheme().orElseThrow().name());
        assertEquals(List.of("Project PIPA"),
                given.programmeConditions().stream().map(CautionCondition::programmeName).toList());
    }

    @Test
    void theDeadlineIsSixteenWeeksFromTheCautionByDefault() {
        assertEquals(DEFAULT_DEADLINE, give().complianceDeadline());
    }

    @Test
    void theDefaultPeriodIsConfigured() {
        assertEquals(CAUTION_DAY.plusWeeks(12),
                give(c -> c.timescales = new CautionTimescales(12, 20, 28, 14, 7)).complianceDeadline());
    }

    @Test
    void anOfficerMaySetADeadlineUpToTwentyWeeks() {
        assertEquals(LATEST_DEADLINE, give(c -> c.deadline = LATEST_DEADLINE).complianceDeadline());
        assertEquals(CAUTION_DAY.plusDays(1), give(c -> c.deadline = CAUTION_DAY.plusDays(1)).complianceDeadline());
    }

    @Test
    void aDeadlineLaterThanTwentyWeeksIsRefusedWithTheLatestDate() {
        InvalidFieldException refused = refused(c -> c.deadline = LATEST_DEADLINE.plusDays(1));
        assertEquals("complianceDeadline", refused.field());
        assertEquals("The compliance deadline must be after the caution and no later than 04/06/2026 (20 weeks)",
                refused.getMessage());
    }

    @Test
    void aDeadlineOnOrBeforeTheCautionIsRefused() {
        assertEquals("complianceDeadline", refused(c -> c.deadline = CAUTION_DAY).field());
        assertEquals("complianceDeadline", refused(c -> c.deadline = CAUTION_DAY.minusDays(1)).field());
    }

    @Test
    void theOffenceMustBeAdmitted() {
        assertEquals("offenceAdmitted", refused(c -> c.admitted = false).field());
    }

    @Test
    void consentMustBeSigned() {
        assertEquals("consentSigned", refused(c -> c.consented = false).field());
    }

    @Test
    void theVictimsViewsAreRecorded() {
        InvalidFieldException refused = refused(c -> c.victimViews = " ");
        assertEquals("victimViews", refused.field());
        assertEquals("Record the victim's views on the caution", refused.getMessage());
    }

    @Test
    void anAdultIsEighteenOnTheDayOfTheCaution() {
        give(c -> c.dateOfBirth = CAUTION_DAY.minusYears(18));
        InvalidFieldException refused = refused(c -> c.dateOfBirth = CAUTION_DAY.minusYears(18).plusDays(1));
        assertEquals("cautionType", refused.field());
        assertEquals("An adult conditional caution is for people aged 18 or over; this person is 17. "
                + "Use a youth conditional caution.", refused.getMessage());
    }

    @Test
    void theAgeNeedsADateOfBirth() {
        assertEquals("dateOfBirth", refused(c -> c.dateOfBirth = null).field());
    }

    @Test
    void anAdultCautionFollowsAScheme() {
        InvalidFieldException refused = refused(c -> {
            c.scheme = null;
            c.eligibility = null;
        });
        assertEquals("schemeId", refused.field());
    }

    @Test
    void aYouthCautionIsForTenToSeventeen() {
        give(c -> c.youth(CAUTION_DAY.minusYears(17)));
        assertEquals("A youth conditional caution is for people aged 10 to 17; this person is 18.",
                refused(c -> c.youth(CAUTION_DAY.minusYears(18))).getMessage());
        assertEquals("A youth conditional caution is for people aged 10 to 17; this person is 9.",
                refused(c -> {
                    c.youth(CAUTION_DAY.minusYears(10).plusDays(1));
                    c.appropriateAdult = "Mary Smith";
                }).getMessage());
    }

    @Test
    void aYouthOfSixteenOrUnderNeedsAnAppropriateAdult() {
        LocalDate sixteenOnTheDay = CAUTION_DAY.minusYears(17).plusDays(1);
        InvalidFieldException refused = refused(c -> c.youth(sixteenOnTheDay));
        assertEquals("appropriateAdult", refused.field());
        assertEquals("This person is 16: name the appropriate adult who was present when the caution was given",
                refused.getMessage());
        ConditionalCaution given = give(c -> {
            c.youth(sixteenOnTheDay);
            c.appropriateAdult = " Mary Smith ";
        });
        assertEquals("Mary Smith", given.appropriateAdult());
        assertEquals(CautionType.YOUTH, given.type());
    }

    @Test
    void aCautionCannotBeInTheFuture() {
        InvalidFieldException refused = refused(c -> c.cautionedOn = CAUTION_DAY.plusDays(1));
        assertEquals("cautionedOn", refused.field());
        assertEquals("The date of the caution cannot be in the future", refused.getMessage());
    }

    @Test
    void aCautionCannotPrecedeTheOffence() {
        LocalDate later = CAUTION_DAY.plusDays(5);
        Offence laterOffence = new Offence("Criminal damage", OffenceClass.EITHER_WAY, later, later);
        InvalidFieldException refused = refused(c -> {
            c.offence = laterOffence;
            c.today = later;
        });
        assertEquals("The caution cannot be before the offence", refused.getMessage());
    }

    @Test
    void aCautionHasAtLeastOneCondition() {
        assertEquals("Add at least one condition", refused(c -> c.conditions = List.of()).getMessage());
    }

    @Test
    void aProgrammeConditionNamesTheProgramme() {
        ConditionTerms unnamed = new ConditionTerms(ConditionType.REHABILITATIVE,
                new PoliceText("Attend a course", false), " ", null, null, null, null);
        assertEquals("Name the programme the condition \"Attend a course\" requires attending",
                refused(c -> c.conditions = List.of(unnamed)).getMessage());
    }

    @Test
    void aRestrictiveConditionRunsFromTheCautionOn() {
        ConditionTerms beforeCaution = notToEnterCorby(CAUTION_DAY.minusDays(1), DEFAULT_DEADLINE);
        assertEquals("conditions", refused(c -> c.conditions = List.of(ATTEND_PIPA, beforeCaution)).field());
        ConditionTerms endsBeforeItStarts = notToEnterCorby(CAUTION_DAY.plusDays(2), CAUTION_DAY.plusDays(1));
        assertEquals("conditions", refused(c -> c.conditions = List.of(ATTEND_PIPA, endsBeforeItStarts)).field());
    }

    @Test
    void aRestrictiveConditionEndsByTheComplianceDeadline() {
        ConditionTerms pastTheDeadline = notToEnterCorby(CAUTION_DAY, DEFAULT_DEADLINE.plusDays(1));
        InvalidFieldException refused = refused(c -> c.conditions = List.of(ATTEND_PIPA, pastTheDeadline));
        assertEquals("conditions", refused.field());
        assertEquals("\"Not to enter Corby\" must end by the compliance deadline, 07/05/2026: set its end date no "
                + "later, or a later deadline", refused.getMessage());
        ConditionTerms endsOnTheDeadline = notToEnterCorby(CAUTION_DAY, DEFAULT_DEADLINE);
        assertEquals(DEFAULT_DEADLINE, give(c -> c.conditions = List.of(endsOnTheDeadline)).conditions().get(0).endsOn());
    }

    @Test
    void aFinancialPenaltyIsPoundsAndPence() {
        CautionCondition fifty = give(c -> c.conditions = List.of(penalty("50.00"))).conditions().get(0);
        assertEquals(new BigDecimal("50.00"), fifty.amount());
        assertEquals("Enter the penalty for \"Pay a financial penalty\" in pounds and pence, more than \u00a30",
                refused(c -> c.conditions = List.of(penalty("0"))).getMessage());
        assertEquals("conditions", refused(c -> c.conditions = List.of(penalty("10.005"))).field());
    }

    private static ConditionTerms penalty(String amount) {
        return new ConditionTerms(ConditionType.FINANCIAL_PENALTY, new PoliceText("Pay a financial penalty", false),
                null, null, null, new BigDecimal(amount), null);
    }

    private static ConditionTerms notToEnterCorby(LocalDate startsOn, LocalDate endsOn) {
        return new ConditionTerms(ConditionType.RESTRICTIVE, new PoliceText("Not to enter Corby", false), null,
                startsOn, endsOn, null, null);
    }

    @Test
    void anIneligibleCaseIsRefusedWithoutAReasonToProceed() {
        IneligibleForCautionException refused = assertThrows(IneligibleForCautionException.class,
                () -> give(c -> {
                    c.eligibility = HIGH_RISK;
                    c.overrideReason = "  ";
                }));
        assertEquals(List.of(EligibilityRule.DASH_LEVEL), refused.failures().stream().map(RuleResult::rule).toList());
    }

    @Test
    void anAuthorisedOfficerMayProceedWithAReasonWhichIsRecordedWithTheFailures() {
        ConditionalCaution given = give(c -> {
            c.eligibility = HIGH_RISK;
            c.overrideReason = "Risk reduced since: he has moved out of area; inspector agreed";
        });
        assertEquals("Risk reduced since: he has moved out of area; inspector agreed",
                given.eligibilityOverrideReason());
        assertEquals("DASH high (at the scene) \u2014 the scheme allows standard or medium", given.eligibilityFailures());
        assertEquals("inspector.demo", given.eligibilityOverrideBy());
        assertEquals(PoliceRank.INSPECTOR, given.eligibilityOverrideRank());
    }

    @Test
    void overridingFailedRulesNeedsAnInspectorOrAbove() {
        for (PoliceRank below : List.of(PoliceRank.CONSTABLE, PoliceRank.SERGEANT)) {
            InvalidFieldException refused = refused(c -> {
                c.eligibility = HIGH_RISK;
                c.overrideReason = "Risk reduced since: he has moved out of area";
                c.overrideRank = below;
            });
            assertEquals("eligibilityOverrideReason", refused.field());
            assertEquals("Only an authorised officer, an inspector or above, may caution although scheme rules "
                    + "failed: you are recorded as a " + below.label().toLowerCase(Locale.UK)
                    + ". Ask an inspector to give the caution.", refused.getMessage());
        }
        assertEquals("Only an authorised officer, an inspector or above, may caution although scheme rules failed: "
                + "you are recorded as civilian staff with no police rank. Ask an inspector to give the caution.",
                refused(c -> {
                    c.eligibility = HIGH_RISK;
                    c.overrideReason = "Risk reduced";
                    c.overrideRank = null;
                }).getMessage());
        assertEquals(PoliceRank.CHIEF_INSPECTOR, give(c -> {
            c.eligibility = HIGH_RISK;
            c.overrideReason = "Risk reduced";
            c.overrideRank = PoliceRank.CHIEF_INSPECTOR;
        }).eligibilityOverrideRank());
    }

    @Test
    void anyOfficerMayCautionWhenEveryRulePassed() {
        ConditionalCaution given = give(c -> c.overrideRank = PoliceRank.CONSTABLE);
        assertNull(given.eligibilityOverrideBy());
        assertEquals(ComplianceStatus.ACTIVE, given.status());
    }

    @Test
    void nonRehabilitativeConditionsAreCappedAtTwentyHours() {
        List<ConditionTerms> twenty = List.of(ATTEND_PIPA, hours(ConditionType.UNPAID_WORK, 12),
                hours(ConditionType.ATTENDANCE, 8));
        assertEquals(List.of(12, 8), give(c -> c.conditions = twenty).conditions().stream()
                .filter(condition -> condition.type().isSetInHours()).map(CautionCondition::hours).toList());
        InvalidFieldException refused = refused(c -> c.conditions = List.of(ATTEND_PIPA,
                hours(ConditionType.UNPAID_WORK, 12), hours(ConditionType.ATTENDANCE, 9)));
        assertEquals("conditions", refused.field());
        assertEquals("Unpaid work and attendance come to 21 hours: non-rehabilitative conditions are limited to 20 "
                + "hours in all", refused.getMessage());
    }

    @Test
    void unpaidWorkAndAttendanceAreSetInWholeHours() {
        InvalidFieldException refused = refused(c -> c.conditions = List.of(hours(ConditionType.ATTENDANCE, 0)));
        assertEquals("conditions", refused.field());
        assertEquals("Enter the hours of \"Attend at the place specified\", a whole number of 1 or more",
                refused.getMessage());
    }

    private static ConditionTerms hours(ConditionType type, int hours) {
        return new ConditionTerms(type, new PoliceText("Attend at the place specified", false), null, null, null,
                null, hours);
    }

    @Test
    void aReasonToProceedIsNotRecordedWhenEveryRulePassed() {
        ConditionalCaution given = give(c -> c.overrideReason = "Not needed");
        assertNull(given.eligibilityOverrideReason());
        assertNull(given.eligibilityFailures());
    }

    @Test
    void aCautionOnASchemeNeedsTheSchemesAssessment() {
        assertThrows(IllegalArgumentException.class, () -> give(c -> c.eligibility = null));
    }
}
