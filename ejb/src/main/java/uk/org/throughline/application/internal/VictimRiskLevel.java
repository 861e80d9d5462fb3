package uk.org.throughline.application.internal;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * A victim's current risk level as shown to every role. The hook for the DASH risk assessments
 * (branch "risk"): until they are merged, no victim has been assessed here.
 */
@ApplicationScoped
public class VictimRiskLevel {

    public static final String NOT_ASSESSED = "Not assessed";

    /** e.g. "High (DASH 15 on 23/11/2026)"; {@link #NOT_ASSESSED} when there is no assessment. */
    public String currentLevel(long victimPersonId) {
        return NOT_ASSESSED;
    }
}
