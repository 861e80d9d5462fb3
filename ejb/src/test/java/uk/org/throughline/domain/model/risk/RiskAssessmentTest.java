package uk.org.throughline.domain.model.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.org.throughline.domain.model.risk.RiskRecords.IDVA;
import static uk.org.throughline.domain.model.risk.RiskRecords.NOW;
import static uk.org.throughline.domain.model.risk.RiskRecords.TODAY;
import static uk.org.throughline.domain.model.risk.RiskRecords.checklist;
import static uk.org.throughline.domain.model.risk.RiskRecords.details;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import uk.org.throughline.domain.model.incident.DashLevel;
import uk.org.throughline.domain.shared.InvalidFieldException;

class RiskAssessmentTest {

    @Test
    void theChecklistHasTheTwentyFourQuestionsNumberedInOrder() {
        assertEquals(24, DashQuestion.of(DashSection.CHECKLIST).size());
        assertEquals(11, DashQuestion.of(DashSection.STALKING).size());
        for (int i = 0; i < 24; i++) {
            assertEquals(i + 1, DashQuestion.of(DashSection.CHECKLIST).get(i).number());
        }
    }

    @ParameterizedTest
    @CsvSource({"0, STANDARD", "1, STANDARD", "9, STANDARD", "10, MEDIUM", "13, MEDIUM", "14, HIGH", "15, HIGH",
            "24, HIGH"})
    void theScoreIsTheYesAnswersAndSetsTheLevel(int yes, DashLevel level) {
        RiskAssessment assessment = RiskRecords.assessment(yes);
        assertEquals(yes, assessment.score());
        assertEquals(level, assessment.checklistLevel());
        assertEquals(level, assessment.level());
        assertEquals(DashChecklist.INSTRUMENT, assessment.instrument());
    }

    @Test
    void dontKnowAndNotAskedDoNotCountNorDoTheScreens() {
        Map<DashQuestion, DashAnswer> answers = checklist(10);
        answers.put(DashQuestion.CRIMINAL_HISTORY, DashAnswer.DONT_KNOW);
        answers.put(DashQuestion.SUICIDE_THREATS, DashAnswer.NOT_ASKED);
        DashQuestion.of(DashSection.STALKING).forEach(question -> answers.put(question, DashAnswer.YES));
        RiskAssessment assessment = new RiskAssessment(details(answers, null, null), IDVA, TODAY, NOW);
        assertEquals(10, assessment.score());
        assertEquals(DashLevel.MEDIUM, assessment.level());
        assertEquals(Set.of(DashSection.STALKING), assessment.screens());
    }

    @Test
    void everyChecklistQuestionNeedsAnAnswer() {
        Map<DashQuestion, DashAnswer> answers = checklist(3);
        answers.remove(DashQuestion.STRANGULATION);
        InvalidFieldException refused = assertThrows(InvalidFieldException.class,
                () -> new RiskAssessment(details(answers, null, null), IDVA, TODAY, NOW));
        assertEquals("answers.STRANGULATION", refused.field());
        assertTrue(refused.getMessage().startsWith("Answer question 15 of the risk identification checklist"),
                refused.getMessage());
    }

    @Test
    void aScreenIsLeftOutOrAnsweredWhole() {
        Map<DashQuestion, DashAnswer> answers = checklist(3);
        answers.put(DashQuestion.HONOUR_FORCED_MARRIAGE, DashAnswer.YES);
        InvalidFieldException refused = assertThrows(InvalidFieldException.class,
                () -> new RiskAssessment(details(answers, null, null), IDVA, TODAY, NOW));
        assertEquals("answers.HONOUR_FAMILY_FEAR", refused.field());
        assertTrue(refused.getMessage().contains("or leave the whole screen out"), refused.getMessage());
    }

    @Test
    void professionalJudgementRaisesTheLevelWithItsReason() {
        RiskAssessment assessment = new RiskAssessment(details(checklist(8), DashLevel.HIGH,
                "He has bought a knife and knows her new address"), IDVA, TODAY, NOW);
        assertEquals(8, assessment.score());
        assertEquals(DashLevel.STANDARD, assessment.checklistLevel());
        assertEquals(DashLevel.HIGH, assessment.level());
        assertEquals("He has bought a knife and knows her new address", assessment.judgementReason());
    }

    @Test
    void professionalJudgementNeverLowersTheLevel() {
        InvalidFieldException lower = assertThrows(InvalidFieldException.class, () -> new RiskAssessment(
                details(checklist(15), DashLevel.MEDIUM, "She says things are calmer"), IDVA, TODAY, NOW));
        assertEquals("judgedLevel", lower.field());
        assertTrue(lower.getMessage().contains("never lower it: the checklist gives high (score 15)"),
                lower.getMessage());
        InvalidFieldException same = assertThrows(InvalidFieldException.class, () -> new RiskAssessment(
                details(checklist(11), DashLevel.MEDIUM, "Same"), IDVA, TODAY, NOW));
        assertEquals("judgedLevel", same.field());
    }

    @Test
    void raisingTheLevelNeedsAReason() {
        InvalidFieldException refused = assertThrows(InvalidFieldException.class, () -> new RiskAssessment(
                details(checklist(2), DashLevel.MEDIUM, " "), IDVA, TODAY, NOW));
        assertEquals("judgementReason", refused.field());
    }

    @Test
    void anAssessmentIsNotDatedInTheFuture() {
        AssessmentDetails tomorrow = new AssessmentDetails(RiskRecords.VICTIM, TODAY.plusDays(1), "Sam Patel",
                AssessmentSource.IDVA, null, checklist(1), null, null);
        InvalidFieldException refused = assertThrows(InvalidFieldException.class,
                () -> new RiskAssessment(tomorrow, IDVA, TODAY, NOW));
        assertEquals("assessedOn", refused.field());
        assertNull(RiskRecords.assessment(1).judgedLevel());
    }
}
