package uk.org.throughline.domain.model.caution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.org.throughline.domain.model.incident.AbuseType;
import uk.org.throughline.domain.model.incident.DashLevel;
import uk.org.throughline.domain.model.incident.Incident;
import uk.org.throughline.domain.model.incident.IncidentDetails;
import uk.org.throughline.domain.model.incident.Involvement;
import uk.org.throughline.domain.model.incident.InvolvementRole;
import uk.org.throughline.domain.model.incident.Offence;
import uk.org.throughline.domain.model.incident.OffenceClass;
import uk.org.throughline.domain.model.incident.PoliceReference;
import uk.org.throughline.domain.model.incident.RelationshipType;

/** The look-back counts earlier cautions and convictions for domestic abuse or violence only. */
class EarlierOffendingTest {

    private static final Instant OCCURRED_AT = Instant.parse("2025-06-10T19:00:00Z");
    private static final LocalDate HIM = LocalDate.of(1988, 4, 1);
    private static final LocalDate ADULT_VICTIM = LocalDate.of(1990, 5, 5);
    /** Fourteen on the day of the incident. */
    private static final LocalDate HIS_DAUGHTER = LocalDate.of(2011, 3, 1);

    private static Incident parentToChild(String offence, AbuseType... abuse) {
        return new Incident(new IncidentDetails(PoliceReference.parse("NP/25/001234"), OCCURRED_AT, "Family home",
                Set.copyOf(Arrays.asList(abuse)), RelationshipType.PARENT_TO_CHILD,
                List.of(new Involvement(101, InvolvementRole.SUSPECT), new Involvement(202, InvolvementRole.VICTIM)),
                false, true, List.of(new Offence(offence, OffenceClass.EITHER_WAY, LocalDate.of(2025, 6, 10),
                        LocalDate.of(2025, 6, 11))), DashLevel.STANDARD, null), OCCURRED_AT);
    }

    @Test
    void lookBackCountsAbuseBetweenPeopleAgedSixteenOrOverAsDomesticAbuse() {
        assertEquals("domestic abuse", EarlierOffending.domesticAbuseOrViolence(
                parentToChild("Theft", AbuseType.ECONOMIC), HIM, List.of(ADULT_VICTIM)));
    }

    @Test
    void lookBackLeavesOutTheftFromAChildUnderSixteenAsNeitherDomesticAbuseNorViolence() {
        assertNull(EarlierOffending.domesticAbuseOrViolence(parentToChild("Theft", AbuseType.ECONOMIC), HIM,
                List.of(HIS_DAUGHTER)));
    }

    @Test
    void lookBackCountsPhysicalAbuseOfAChildUnderSixteenAsViolence() {
        assertEquals("violence", EarlierOffending.domesticAbuseOrViolence(
                parentToChild("Assault occasioning actual bodily harm", AbuseType.PHYSICAL), HIM,
                List.of(HIS_DAUGHTER)));
    }

    @Test
    void lookBackCountsAnUnknownAgeAsSixteenOrOver() {
        assertEquals("domestic abuse", EarlierOffending.domesticAbuseOrViolence(
                parentToChild("Theft", AbuseType.ECONOMIC), null, Arrays.asList((LocalDate) null)));
    }
}
