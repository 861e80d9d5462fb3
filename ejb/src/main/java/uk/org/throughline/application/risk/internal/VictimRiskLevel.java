package uk.org.throughline.application.risk.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.org.throughline.domain.model.risk.RiskHistory;
import uk.org.throughline.domain.shared.UkDate;

/**
 * A victim's current risk level as shown to every role: her latest DASH assessment or the level
 * police recorded at the scene of an incident where she was the victim, whichever is later.
 */
@ApplicationScoped
public class VictimRiskLevel {

    public static final String NOT_ASSESSED = "Not assessed";

    @Inject
    private VictimRisk risk;

    /** e.g. "High (DASH 15 on 23/11/2026)"; {@link #NOT_ASSESSED} when there is no assessment. */
    public String currentLevel(long victimPersonId) {
        return risk.history(victimPersonId).current().map(VictimRiskLevel::describe).orElse(NOT_ASSESSED);
    }

    private static String describe(RiskHistory.Entry entry) {
        String basis = entry.atScene() ? "recorded by police at the scene" : "DASH " + entry.score();
        return entry.level().label() + " (" + basis + " on " + UkDate.format(entry.on()) + ")";
    }
}
