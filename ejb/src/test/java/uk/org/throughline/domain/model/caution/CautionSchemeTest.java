package uk.org.throughline.domain.model.caution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.org.throughline.domain.model.caution.CautionRecords.facts;
import static uk.org.throughline.domain.model.caution.CautionRecords.pipa;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.org.throughline.domain.model.incident.DashLevel;
import uk.org.throughline.domain.model.incident.RelationshipType;
import uk.org.throughline.domain.model.person.Gender;

/** Eligibility for a diversion scheme: each rule passes or fails with the reason the officer reads. */
class CautionSchemeTest {

    /** Asserts that exactly one rule failed, and returns the reason given for it. */
    private static String onlyFailure(CautionScheme scheme, EligibilityFacts facts, EligibilityRule rule) {
        EligibilityAssessment assessment = scheme.assess(facts);
        assertEquals(List.of(rule), assessment.failures().stream().map(RuleResult::rule).toList());
        return assessment.failures().get(0).reason();
    }

    private static String reason(CautionScheme scheme, EligibilityFacts facts, EligibilityRule rule) {
        return scheme.assess(facts).results().stream().filter(result -> result.rule() == rule)
                .findFirst().orElseThrow().reason();
    }

    @Test
    void aCaseMeetingEveryRuleIsEligibleAndEachRuleSaysWhy() {
        EligibilityAssessment assessment = pipa().assess(facts());
        assertTrue(assessment.eligible());
        assertEquals(Arrays.asList(EligibilityRule.values()),
                assessment.results().stream().map(RuleResult::rule).toList());
        assertEquals(List.of("Recorded as male, as the scheme requires", "Aged 35 on the day of the caution",
                "Current intimate partner",
                "No convictions or cautions for domestic abuse or violence in the last 24 months",
                "Common assault (battery) is on the scheme's offence list", "The offence is admitted",
                "Not on bail for another matter and not serving an order", "DASH standard (at the scene)",
                "The victim was consulted and raised no specific risk",
                "No controlling or coercive behaviour recorded"),
                assessment.results().stream().map(RuleResult::reason).toList());
        assertEquals("", assessment.failureSummary());
    }

    @Test
    void theSchemeIsForTheSexItRequires() {
        assertEquals("The scheme is for male offenders; this person is recorded as female",
                onlyFailure(pipa(), facts(f -> f.gender = Gender.FEMALE), EligibilityRule.SEX));
        assertEquals("The scheme is for male offenders; this person is recorded as not known",
                onlyFailure(pipa(), facts(f -> f.gender = Gender.NOT_KNOWN), EligibilityRule.SEX));
    }

    @Test
    void aSchemeMayBeOpenToAnySex() {
        CautionScheme anySex = CautionRecords.scheme(EnumSet.allOf(EligibilityRule.class), null, 18, 24,
                DashLevel.MEDIUM);
        assertTrue(anySex.assess(facts(f -> f.gender = Gender.FEMALE)).eligible());
        assertEquals("The scheme is open to any sex", reason(anySex, facts(), EligibilityRule.SEX));
    }

    @Test
    void theOffenderMustBeOldEnoughForTheScheme() {
        assertEquals("Aged 17; the scheme is for people aged 18 or over",
                onlyFailure(pipa(), facts(f -> f.age = 17), EligibilityRule.MINIMUM_AGE));
        assertTrue(pipa().assess(facts(f -> f.age = 18)).eligible());
    }

    @Test
    void theMinimumAgeIsTheSchemes() {
        CautionScheme fromTwentyOne = CautionRecords.scheme(EnumSet.allOf(EligibilityRule.class), Gender.MALE, 21, 24,
                DashLevel.MEDIUM);
        assertEquals("Aged 20; the scheme is for people aged 21 or over",
                onlyFailure(fromTwentyOne, facts(f -> f.age = 20), EligibilityRule.MINIMUM_AGE));
    }

    @Test
    void anUnknownAgeFailsTheAgeRule() {
        assertEquals("The date of birth is not recorded, so the age cannot be checked",
                onlyFailure(pipa(), facts(f -> f.age = null), EligibilityRule.MINIMUM_AGE));
    }

    @Test
    void theVictimMustBeACurrentOrFormerPartner() {
        assertEquals("The scheme is for abuse of a current or former intimate partner; the relationship is "
                + "\"Child (16 or over) to parent\"",
                onlyFailure(pipa(), facts(f -> f.relationship = RelationshipType.CHILD_TO_PARENT),
                        EligibilityRule.INTIMATE_PARTNER));
        assertTrue(pipa().assess(facts(f -> f.relationship = RelationshipType.FORMER_INTIMATE_PARTNER)).eligible());
    }

    @Test
    void recentDomesticAbuseOrViolenceWithinTheSchemesLookBackFails() {
        assertEquals("Convicted or cautioned in the last 24 months: Common assault, convicted 10/03/2025",
                onlyFailure(pipa(), facts(f -> f.recentConvictions = List.of("Common assault, convicted 10/03/2025")),
                        EligibilityRule.NO_RECENT_DOMESTIC_ABUSE_OR_VIOLENCE));
        CautionScheme oneYear = CautionRecords.scheme(EnumSet.allOf(EligibilityRule.class), Gender.MALE, 18, 12,
                DashLevel.MEDIUM);
        assertEquals("No convictions or cautions for domestic abuse or violence in the last 12 months",
                reason(oneYear, facts(), EligibilityRule.NO_RECENT_DOMESTIC_ABUSE_OR_VIOLENCE));
    }

    @Test
    void theOffenceMustBeOnTheSchemesListWhateverItsCapitals() {
        assertTrue(pipa().assess(facts(f -> f.offence = "CRIMINAL DAMAGE to a mobile phone")).eligible());
        assertEquals("Assault occasioning actual bodily harm is not on the scheme's list of low-level offences "
                + "(common assault, battery, criminal damage, harassment, threatening behaviour, theft)",
                onlyFailure(pipa(), facts(f -> f.offence = "Assault occasioning actual bodily harm"),
                        EligibilityRule.LOW_LEVEL_OFFENCE));
    }

    @Test
    void theOffenceMustBeAdmitted() {
        assertEquals("The offender has not admitted the offence",
                onlyFailure(pipa(), facts(f -> f.admitted = false), EligibilityRule.ADMITS_OFFENCE));
    }

    @Test
    void theOffenderMustNotBeOnBailOrServingAnOrder() {
        assertEquals("Currently on bail for theft (NP/25/118220), serving a community order",
                onlyFailure(pipa(), facts(f -> f.bailOrOrders =
                        List.of("on bail for theft (NP/25/118220)", "serving a community order")),
                        EligibilityRule.NOT_ON_BAIL_OR_ORDER));
    }

    @Test
    void theDashLevelMayBeAtMostTheSchemesHighest() {
        assertTrue(pipa().assess(facts(f -> f.dash = DashEvidence.atTheScene(DashLevel.MEDIUM))).eligible());
        assertEquals("DASH high (at the scene) \u2014 the scheme allows standard or medium", onlyFailure(pipa(),
                facts(f -> f.dash = DashEvidence.atTheScene(DashLevel.HIGH)), EligibilityRule.DASH_LEVEL));
        CautionScheme standardOnly = CautionRecords.scheme(EnumSet.allOf(EligibilityRule.class), Gender.MALE, 18, 24,
                DashLevel.STANDARD);
        assertEquals("DASH medium (at the scene) \u2014 the scheme allows standard", onlyFailure(standardOnly,
                facts(f -> f.dash = DashEvidence.atTheScene(DashLevel.MEDIUM)), EligibilityRule.DASH_LEVEL));
    }

    @Test
    void theVictimMustBeConsultedAndRaiseNoSpecificRisk() {
        assertEquals("The victim has not been consulted",
                onlyFailure(pipa(), facts(f -> f.victimConsulted = false), EligibilityRule.VICTIM_CONSULTED));
        assertEquals("The victim was consulted and raised a specific risk",
                onlyFailure(pipa(), facts(f -> f.victimRaisesRisk = true), EligibilityRule.VICTIM_CONSULTED));
    }

    @Test
    void coerciveControlFails() {
        assertEquals("Controlling or coercive behaviour is recorded on the incident",
                onlyFailure(pipa(), facts(f -> f.coerciveControl = true), EligibilityRule.NO_COERCIVE_CONTROL));
    }

    @Test
    void onlyTheRulesTheSchemeAppliesAreChecked() {
        CautionScheme twoRules = CautionRecords.scheme(
                EnumSet.of(EligibilityRule.DASH_LEVEL, EligibilityRule.ADMITS_OFFENCE), Gender.MALE, 18, 24,
                DashLevel.MEDIUM);
        EligibilityAssessment assessment = twoRules.assess(facts(f -> {
            f.gender = Gender.FEMALE;
            f.age = 16;
            f.coerciveControl = true;
            f.dash = DashEvidence.atTheScene(DashLevel.HIGH);
        }));
        assertEquals(List.of(EligibilityRule.ADMITS_OFFENCE, EligibilityRule.DASH_LEVEL),
                assessment.results().stream().map(RuleResult::rule).toList());
        assertEquals(List.of(EligibilityRule.DASH_LEVEL),
                assessment.failures().stream().map(RuleResult::rule).toList());
    }

    @Test
    void everyFailureIsSummarisedForTheRecord() {
        EligibilityAssessment assessment = pipa().assess(facts(f -> {
            f.admitted = false;
            f.coerciveControl = true;
        }));
        assertEquals("The offender has not admitted the offence; "
                + "Controlling or coercive behaviour is recorded on the incident", assessment.failureSummary());
        assertEquals("The case does not meet Project PIPA's eligibility: " + assessment.failureSummary()
                + ". To caution anyway, an authorised officer must record the reason for proceeding.",
                new IneligibleForCautionException(assessment).getMessage());
    }
}
