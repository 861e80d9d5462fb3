package uk.org.throughline.domain.model.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.org.throughline.domain.model.risk.RiskRecords.IDVA;
import static uk.org.throughline.domain.model.risk.RiskRecords.NOW;
import static uk.org.throughline.domain.model.risk.RiskRecords.TODAY;
import static uk.org.throughline.domain.model.risk.RiskRecords.assessment;
import static uk.org.throughline.domain.model.risk.RiskRecords.checklist;
import static uk.org.throughline.domain.model.risk.RiskRecords.details;
import static uk.org.throughline.domain.model.risk.RiskRecords.facts;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.org.throughline.domain.model.incident.DashLevel;
import uk.org.throughline.domain.shared.InvalidFieldException;

class MaracCriteriaTest {

    private static final MaracThresholds USUAL = MaracThresholds.DEFAULTS;

    private static MaracReferral refer(MaracCriterion criterion, String reason, MaracFacts facts) {
        return new MaracReferral(new MaracReferralDetails(RiskRecords.VICTIM, null, TODAY, Agency.IDVA, criterion, reason),
                facts, USUAL, IDVA, TODAY, NOW);
    }

    @Test
    void aScoreOfFourteenIsVisibleHighRisk() {
        MaracSuggestion suggestion = MaracCriteria.suggest(facts(assessment(14), List.of(), null), USUAL);
        assertEquals(Optional.of(MaracCriterion.VISIBLE_HIGH_RISK), suggestion.criterion());
        assertEquals("MARAC referral suggested: visible high risk (DASH score 14).", suggestion.describe());
        assertEquals(Optional.empty(), MaracCriteria.suggest(facts(assessment(13), List.of(), null), USUAL).criterion());
    }

    @Test
    void threeIncidentsWithinTwelveMonthsArePotentialEscalation() {
        List<LocalDate> three = List.of(TODAY.minusMonths(12), TODAY.minusMonths(5), TODAY);
        MaracSuggestion suggestion = MaracCriteria.suggest(facts(assessment(6), three, null), USUAL);
        assertEquals(Optional.of(MaracCriterion.POTENTIAL_ESCALATION), suggestion.criterion());
        assertEquals(3, suggestion.recentIncidents());
        assertEquals("MARAC referral suggested: potential escalation (3 police incidents in 12 months).",
                suggestion.describe());

        List<LocalDate> oneTooOld = List.of(TODAY.minusMonths(12).minusDays(1), TODAY.minusMonths(5), TODAY);
        assertEquals(Optional.empty(), MaracCriteria.suggest(facts(assessment(6), oneTooOld, null), USUAL).criterion());
    }

    @Test
    void theEscalationThresholdIsLocalPractice() {
        MaracThresholds threeInSix = MaracThresholds.from(Map.of("throughline.marac.escalation-months", "6")::get);
        List<LocalDate> days = List.of(TODAY.minusMonths(7), TODAY.minusMonths(5), TODAY.minusMonths(1), TODAY);
        assertEquals(3, MaracCriteria.suggest(facts(null, days, null), threeInSix).recentIncidents());
        assertEquals(new MaracThresholds(3, 12, 12), MaracThresholds.from(Map.<String, String>of()::get));
        assertThrows(IllegalArgumentException.class, () -> new MaracThresholds(0, 12, 12));
    }

    @Test
    void aLevelRaisedToHighByJudgementSuggestsProfessionalJudgement() {
        RiskAssessment judged = new RiskAssessment(details(checklist(9), DashLevel.HIGH, "Threats with a knife"), IDVA,
                TODAY, NOW);
        MaracSuggestion suggestion = MaracCriteria.suggest(facts(judged, List.of(), null), USUAL);
        assertEquals(Optional.of(MaracCriterion.PROFESSIONAL_JUDGEMENT), suggestion.criterion());
    }

    @Test
    void aReferralWithinTwelveMonthsOfTheLastIsARepeatBothEndsIncluded() {
        assertTrue(MaracCriteria.isRepeat(LocalDate.of(2025, 11, 24), TODAY, USUAL));
        assertFalse(MaracCriteria.isRepeat(LocalDate.of(2025, 11, 23), TODAY, USUAL));
        assertTrue(MaracCriteria.isRepeat(TODAY, TODAY, USUAL));
        assertTrue(MaracCriteria.isRepeat(LocalDate.of(2026, 6, 1), TODAY, USUAL));
        assertFalse(MaracCriteria.isRepeat(null, TODAY, USUAL));
        assertTrue(MaracCriteria.isRepeat(LocalDate.of(2024, 2, 29), LocalDate.of(2025, 2, 28), USUAL));
        assertFalse(MaracCriteria.isRepeat(LocalDate.of(2024, 2, 29), LocalDate.of(2025, 3, 1), USUAL));
    }

    @Test
    void theSuggestionSaysWhenAReferralWouldBeARepeat() {
        MaracSuggestion suggestion = MaracCriteria.suggest(facts(assessment(16), List.of(), LocalDate.of(2026, 3, 2)),
                USUAL);
        assertTrue(suggestion.repeat());
        assertEquals("MARAC referral suggested: visible high risk (DASH score 16). This would be a repeat referral: "
                + "the last was on 02/03/2026, within 12 months.", suggestion.describe());
    }

    @Test
    void aReferralKeepsTheFactsItWasMadeOnAndWhetherItRepeats() {
        MaracReferral referral = refer(MaracCriterion.VISIBLE_HIGH_RISK, null,
                facts(assessment(15), List.of(TODAY.minusDays(3)), LocalDate.of(2026, 1, 10)));
        assertEquals(15, referral.dashScore());
        assertEquals(1, referral.recentIncidents());
        assertTrue(referral.isRepeat());
        assertEquals(LocalDate.of(2026, 1, 10), referral.previousReferralOn());
    }

    @Test
    void aCriterionTheFactsDoNotMeetIsRefused() {
        InvalidFieldException notHigh = assertThrows(InvalidFieldException.class,
                () -> refer(MaracCriterion.VISIBLE_HIGH_RISK, null, facts(assessment(12), List.of(), null)));
        assertEquals("criterion", notHigh.field());
        assertTrue(notHigh.getMessage().contains("the latest score is 12"), notHigh.getMessage());
        InvalidFieldException noEscalation = assertThrows(InvalidFieldException.class,
                () -> refer(MaracCriterion.POTENTIAL_ESCALATION, null, facts(null, List.of(TODAY), null)));
        assertTrue(noEscalation.getMessage().contains("1 are recorded"), noEscalation.getMessage());
        InvalidFieldException noReason = assertThrows(InvalidFieldException.class,
                () -> refer(MaracCriterion.PROFESSIONAL_JUDGEMENT, "", facts(assessment(3), List.of(), null)));
        assertEquals("reason", noReason.field());
        assertEquals(MaracCriterion.PROFESSIONAL_JUDGEMENT, refer(MaracCriterion.PROFESSIONAL_JUDGEMENT,
                "Recent threats to kill", facts(assessment(3), List.of(), null)).criterion());
    }

    @Test
    void actionsAreDueAndDoneAfterTheReferral() {
        MaracReferral referral = refer(MaracCriterion.VISIBLE_HIGH_RISK, null, facts(assessment(15), List.of(), null));
        MaracMeeting earlier = new MaracMeeting(TODAY.minusDays(1), "Northampton", IDVA, NOW);
        assertEquals("meetingId", assertThrows(InvalidFieldException.class, () -> referral.listAt(earlier)).field());
        assertEquals("dueOn", assertThrows(InvalidFieldException.class, () -> new MaracAction(referral,
                Agency.HOUSING, "Install target hardening", TODAY.minusDays(1), IDVA, NOW)).field());

        MaracAction action = new MaracAction(referral, Agency.HOUSING, "Install target hardening", TODAY.plusDays(14),
                IDVA, NOW);
        assertFalse(action.isOverdue(TODAY.plusDays(14)));
        assertTrue(action.isOverdue(TODAY.plusDays(15)));
        action.complete(TODAY, "housing.officer", TODAY);
        assertFalse(action.isOverdue(TODAY.plusDays(15)));
        assertThrows(uk.org.throughline.domain.shared.BusinessException.class,
                () -> action.complete(TODAY, "housing.officer", TODAY));
    }
}
