package uk.org.throughline.domain.model.caution;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import uk.org.throughline.domain.model.incident.DashLevel;
import uk.org.throughline.domain.model.risk.RiskAssessment;
import uk.org.throughline.domain.shared.UkDate;

/**
 * The DASH risk level a caution's eligibility is judged on, and where it came from: the level police
 * typed at the scene, or a DASH checklist recorded for the incident's victim when that puts her at
 * greater risk. A scheme that takes standard or medium risk must not divert a man whose victim's own
 * checklist reads high.
 *
 * @param source where the level was read, in words: "at the scene", "checklist of 03/12/2026, 15 yes answers"
 */
public record DashEvidence(DashLevel level, String source) {

    private static final String AT_THE_SCENE = "at the scene";

    public static DashEvidence atTheScene(DashLevel level) {
        return new DashEvidence(level, AT_THE_SCENE);
    }

    /**
     * The highest of the scene's level and the checklists given; on a tie the scene's level stands, and
     * between checklists of the same level the later one.
     *
     * @param checklists the victim's checklists for this incident, or her latest when none was for it
     */
    public static DashEvidence highest(DashLevel atTheScene, List<RiskAssessment> checklists) {
        return checklists.stream()
                .filter(checklist -> !checklist.level().isAtMost(atTheScene))
                .max(Comparator.comparing(RiskAssessment::level).thenComparing(RiskAssessment::assessedOn))
                .map(DashEvidence::of)
                .orElseGet(() -> atTheScene(atTheScene));
    }

    private static DashEvidence of(RiskAssessment checklist) {
        String judged = checklist.judgedLevel() == null ? ""
                : ", judged " + checklist.judgedLevel().label().toLowerCase(Locale.UK);
        return new DashEvidence(checklist.level(), "checklist of " + UkDate.format(checklist.assessedOn()) + ", "
                + checklist.score() + " yes answers" + judged);
    }

    /** "DASH high (checklist of 03/12/2026, 15 yes answers)", "DASH standard (at the scene)". */
    public String describe() {
        return "DASH " + level.label().toLowerCase(Locale.UK) + " (" + source + ")";
    }
}
