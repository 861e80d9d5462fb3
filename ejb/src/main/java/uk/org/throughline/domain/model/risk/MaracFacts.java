package uk.org.throughline.domain.model.risk;

import java.time.LocalDate;
import java.util.List;
import uk.org.throughline.domain.model.incident.DashLevel;

/**
 * What the MARAC criteria are judged on, for one victim on one day.
 *
 * @param latestAssessment her latest DASH assessment, or null when she has none
 * @param incidentDays     the days of the police incidents where she was the victim
 * @param lastReferralOn   the day of her last MARAC referral before this one, or null
 * @param flaggedRepeat    the latest further abuse flagged as a repeat of that referral, or null
 */
public record MaracFacts(RiskAssessment latestAssessment, List<LocalDate> incidentDays, LocalDate lastReferralOn,
        MaracRepeat flaggedRepeat, LocalDate on) {

    public MaracFacts {
        incidentDays = List.copyOf(incidentDays);
    }

    public Integer latestScore() {
        return latestAssessment == null ? null : latestAssessment.score();
    }

    public DashLevel latestLevel() {
        return latestAssessment == null ? null : latestAssessment.level();
    }
}
