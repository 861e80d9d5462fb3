package uk.org.throughline.domain.model.caution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.org.throughline.domain.model.caution.CautionRecords.facts;
import static uk.org.throughline.domain.model.caution.CautionRecords.pipa;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.org.throughline.domain.model.incident.DashLevel;
import uk.org.throughline.domain.model.risk.AssessmentDetails;
import uk.org.throughline.domain.model.risk.AssessmentSource;
import uk.org.throughline.domain.model.risk.DashAnswer;
import uk.org.throughline.domain.model.risk.DashQuestion;
import uk.org.throughline.domain.model.risk.DashSection;
import uk.org.throughline.domain.model.risk.RiskAssessment;

/** The DASH level a caution is judged on: the highest of the scene's and the victim's checklists. */
class DashEvidenceTest {

    private static final LocalDate CHECKLIST_DAY = LocalDate.of(2026, 12, 3);

    /** A checklist for the victim on {@code day} with the first {@code yes} questions answered yes. */
    private static RiskAssessment checklist(LocalDate day, int yes) {
        Map<DashQuestion, DashAnswer> answers = new EnumMap<>(DashQuestion.class);
        List<DashQuestion> questions = DashQuestion.of(DashSection.CHECKLIST);
        questions.forEach(question -> answers.put(question,
                questions.indexOf(question) < yes ? DashAnswer.YES : DashAnswer.NO));
        AssessmentDetails details = new AssessmentDetails(202L, day, "Sam Patel (IDVA)", AssessmentSource.IDVA, 7L,
                answers, null, null);
        return new RiskAssessment(details, "partner.demo", day, Instant.parse("2026-12-03T10:00:00Z"));
    }

    @Test
    void dashLevelRuleFailsOnTheVictimsChecklistOfFifteenYesAnswersThoughTheSceneSaidStandard() {
        DashEvidence dash = DashEvidence.highest(DashLevel.STANDARD, List.of(checklist(CHECKLIST_DAY, 15)));
        EligibilityAssessment assessment = pipa().assess(facts(f -> f.dash = dash));
        assertEquals(List.of(EligibilityRule.DASH_LEVEL), assessment.failures().stream().map(RuleResult::rule).toList());
        assertEquals("DASH high (checklist of 03/12/2026, 15 yes answers) \u2014 the scheme allows standard or medium",
                assessment.failureSummary());
    }

    @Test
    void dashLevelRuleReadsTheSceneWhenTheChecklistIsNoHigher() {
        DashEvidence dash = DashEvidence.highest(DashLevel.MEDIUM, List.of(checklist(CHECKLIST_DAY, 11)));
        assertEquals(new DashEvidence(DashLevel.MEDIUM, "at the scene"), dash);
        assertEquals("DASH medium (at the scene)", pipa().assess(facts(f -> f.dash = dash)).results().stream()
                .filter(result -> result.rule() == EligibilityRule.DASH_LEVEL).findFirst().orElseThrow().reason());
    }

    @Test
    void dashLevelRuleTakesTheHighestChecklistAndTheLaterOfTwoAlike() {
        DashEvidence dash = DashEvidence.highest(DashLevel.STANDARD, List.of(checklist(CHECKLIST_DAY.minusDays(9), 14),
                checklist(CHECKLIST_DAY, 10), checklist(CHECKLIST_DAY.minusDays(2), 16)));
        assertEquals("DASH high (checklist of 01/12/2026, 16 yes answers)", dash.describe());
    }

    @Test
    void dashLevelRuleWithNoChecklistReadsTheScene() {
        assertEquals("DASH standard (at the scene)", DashEvidence.highest(DashLevel.STANDARD, List.of()).describe());
    }
}
