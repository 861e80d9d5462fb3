package uk.org.throughline.domain.model.caution;

import java.util.List;
import uk.org.throughline.domain.model.incident.RelationshipType;
import uk.org.throughline.domain.model.person.Gender;

/**
 * What the eligibility rules look at, gathered from the records (person, incident, earlier outcomes,
 * bail and orders) and from what the officer records (admission, victim consulted).
 *
 * @param ageOnCautionDate               null when the date of birth is not recorded
 * @param recentDomesticAbuseOrViolence  convictions and cautions within the scheme's look-back, described
 * @param currentBailOrOrders            bail conditions in force, sentences being served, other open cautions
 * @param dash                           the highest DASH level recorded for the incident, and where
 */
public record EligibilityFacts(Gender gender, Integer ageOnCautionDate, RelationshipType relationship,
        List<String> recentDomesticAbuseOrViolence, String offenceDescription, boolean offenceAdmitted,
        List<String> currentBailOrOrders, DashEvidence dash, boolean victimConsulted,
        boolean victimRaisesSpecificRisk, boolean coerciveControl) {

    public EligibilityFacts {
        recentDomesticAbuseOrViolence = List.copyOf(recentDomesticAbuseOrViolence);
        currentBailOrOrders = List.copyOf(currentBailOrOrders);
    }
}
