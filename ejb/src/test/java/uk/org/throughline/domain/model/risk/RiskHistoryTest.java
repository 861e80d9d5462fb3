package uk.org.throughline.domain.model.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.org.throughline.domain.model.risk.RiskRecords.TODAY;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.org.throughline.domain.model.incident.DashLevel;
import uk.org.throughline.domain.shared.InvalidFieldException;

class RiskHistoryTest {

    private static RiskHistory.Entry scene(int daysAgo, DashLevel level) {
        return new RiskHistory.Entry(TODAY.minusDays(daysAgo), level, null, "Police at the scene", null, 7L);
    }

    private static RiskHistory.Entry assessed(int daysAgo, DashLevel level, long id) {
        return new RiskHistory.Entry(TODAY.minusDays(daysAgo), level, 12, "IDVA", id, null);
    }

    @Test
    void theCurrentLevelIsTheLatestAndAnAssessmentFollowsTheSceneOnTheSameDay() {
        RiskHistory history = new RiskHistory(List.of(assessed(0, DashLevel.MEDIUM, 3), scene(0, DashLevel.HIGH),
                scene(40, DashLevel.STANDARD)));
        assertEquals(List.of(DashLevel.STANDARD, DashLevel.HIGH, DashLevel.MEDIUM),
                history.entries().stream().map(RiskHistory.Entry::level).toList());
        assertEquals(DashLevel.MEDIUM, history.current().orElseThrow().level());
    }

    @Test
    void risingToHighIsFromBelowItOrFromNothing() {
        assertTrue(new RiskHistory(List.of()).risesToHigh(DashLevel.HIGH));
        assertTrue(new RiskHistory(List.of(scene(3, DashLevel.MEDIUM))).risesToHigh(DashLevel.HIGH));
        assertFalse(new RiskHistory(List.of(scene(3, DashLevel.HIGH))).risesToHigh(DashLevel.HIGH));
        assertFalse(new RiskHistory(List.of(scene(3, DashLevel.STANDARD))).risesToHigh(DashLevel.MEDIUM));
    }

    @Test
    void aSafetyPlanItemIsReviewedOnOrAfterItIsDue() {
        SafetyPlanDetails backwards = new SafetyPlanDetails("Panic alarm fitted", "Police", TODAY.plusDays(7),
                TODAY.plusDays(3), SafetyPlanStatus.AGREED);
        assertEquals("reviewOn", assertThrows(InvalidFieldException.class,
                () -> new SafetyPlanItem(RiskRecords.VICTIM, backwards, "partner.demo", RiskRecords.NOW)).field());
        SafetyPlanItem item = new SafetyPlanItem(RiskRecords.VICTIM, new SafetyPlanDetails("Panic alarm fitted",
                "Police", TODAY.plusDays(7), TODAY.plusDays(28), SafetyPlanStatus.AGREED), "partner.demo",
                RiskRecords.NOW);
        assertTrue(item.isOverdue(TODAY.plusDays(8)));
        item.update(new SafetyPlanDetails("Panic alarm fitted", "Police", TODAY.plusDays(7), TODAY.plusDays(28),
                SafetyPlanStatus.IN_PLACE), "partner.demo", RiskRecords.NOW);
        assertFalse(item.isOverdue(TODAY.plusDays(8)));
    }
}
