package uk.org.throughline.domain.model.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.org.throughline.domain.model.incident.PoliceRecords.DECISION_DAY;
import static uk.org.throughline.domain.model.incident.PoliceRecords.NOW;
import static uk.org.throughline.domain.model.incident.PoliceRecords.OCCURRED_AT;
import static uk.org.throughline.domain.model.incident.PoliceRecords.SUSPECT;
import static uk.org.throughline.domain.model.incident.PoliceRecords.VICTIM;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.LongFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.org.throughline.domain.shared.InvalidFieldException;

class IncidentTest {

    private static final Involvement SUSPECT_ROLE = new Involvement(SUSPECT, InvolvementRole.SUSPECT);
    private static final Involvement VICTIM_ROLE = new Involvement(VICTIM, InvolvementRole.VICTIM);

    private static IncidentDetails details(List<Involvement> people, boolean childrenPresent, boolean crime,
            List<Offence> offences) {
        return new IncidentDetails(PoliceReference.parse("NP/26/004512"), OCCURRED_AT, "Corby",
                Set.of(AbuseType.PHYSICAL), RelationshipType.FORMER_INTIMATE_PARTNER, people, childrenPresent, crime,
                offences, DashLevel.MEDIUM, null);
    }

    private static InvalidFieldException refused(IncidentDetails details) {
        return assertThrows(InvalidFieldException.class, () -> new Incident(details, NOW));
    }

    private static final LongFunction<String> NAMES = id -> id == SUSPECT ? "ASHBY, Connor" : "ASHBY, Leanne";

    /** What correcting the incident of {@link PoliceRecords#arrest()} to {@code corrected} is refused with. */
    private static InvalidFieldException refusedCorrection(IncidentDetails corrected, List<Offence> cautioned) {
        Arrest arrest = PoliceRecords.arrest();
        return assertThrows(InvalidFieldException.class, () -> arrest.incident()
                .requireCorrectionKeeps(corrected, List.of(arrest), cautioned, NAMES));
    }

    @Test
    void aSuspectWhoWasArrestedStaysASuspect() {
        IncidentDetails victimOnly = new IncidentDetails(PoliceReference.parse("NP/26/004512"), OCCURRED_AT, "Corby",
                Set.of(AbuseType.PHYSICAL), RelationshipType.CURRENT_INTIMATE_PARTNER, List.of(VICTIM_ROLE), false,
                true, List.of(PoliceRecords.commonAssault()), DashLevel.STANDARD, null);
        InvalidFieldException refused = refusedCorrection(victimOnly, List.of());
        assertEquals("people", refused.field());
        assertEquals("ASHBY, Connor must stay a suspect: their arrest on 14/01/2026, and any outcome after it, are "
                + "recorded against this incident", refused.getMessage());
    }

    @Test
    void theIncidentCannotMoveAfterItsArrest() {
        InvalidFieldException refused = refusedCorrection(PoliceRecords.details(PoliceRecords.ARRESTED_AT
                .plusSeconds(60)), List.of());
        assertEquals("occurredAt", refused.field());
        assertEquals("The incident cannot have happened after the arrest of ASHBY, Connor on 14/01/2026 at 23:10",
                refused.getMessage());
        PoliceRecords.arrest().incident().requireCorrectionKeeps(PoliceRecords.details(PoliceRecords.ARRESTED_AT),
                List.of(PoliceRecords.arrest()), List.of(), NAMES);
    }

    @Test
    void theOffenceACautionWasGivenForStays() {
        Offence cautioned = PoliceRecords.commonAssault();
        Offence renamed = new Offence("Battery", OffenceClass.SUMMARY_ONLY, cautioned.offenceDate(), DECISION_DAY);
        IncidentDetails withoutIt = new IncidentDetails(PoliceReference.parse("NP/26/004512"), OCCURRED_AT, "Corby",
                Set.of(AbuseType.PHYSICAL), RelationshipType.CURRENT_INTIMATE_PARTNER,
                List.of(SUSPECT_ROLE, VICTIM_ROLE), false, true, List.of(renamed), DashLevel.STANDARD, null);
        InvalidFieldException refused = refusedCorrection(withoutIt, List.of(cautioned));
        assertEquals("offences", refused.field());
        assertEquals("A caution was given for Common assault (battery) of 14/01/2026: keep that offence on the "
                + "incident as it was", refused.getMessage());
    }

    @Test
    void anIncidentCannotHaveHappenedInTheFuture() {
        InvalidFieldException refused = refused(PoliceRecords.details(NOW.plusSeconds(60)));
        assertEquals("occurredAt", refused.field());
        assertEquals("The date and time of the incident cannot be in the future", refused.getMessage());
    }

    @Test
    void anOffenceCannotHaveBeenCommittedInTheFuture() {
        InvalidFieldException refused = assertThrows(InvalidFieldException.class,
                () -> new Offence("Criminal damage", OffenceClass.EITHER_WAY, DECISION_DAY.plusDays(1), DECISION_DAY));
        assertEquals("offences", refused.field());
        assertEquals("The date of Criminal damage cannot be in the future", refused.getMessage());
    }

    @Test
    void aCrimeNeedsAnOffence() {
        assertEquals("A crime needs at least one offence",
                refused(details(List.of(SUSPECT_ROLE, VICTIM_ROLE), false, true, List.of())).getMessage());
    }

    @Test
    void aNonCrimeIncidentHasNoOffences() {
        assertEquals("offences", refused(details(List.of(SUSPECT_ROLE, VICTIM_ROLE), false, false,
                List.of(PoliceRecords.commonAssault()))).field());
    }

    @Test
    void aNonCrimeIncidentIsRecordedWithoutOffences() {
        Incident incident = new Incident(details(List.of(SUSPECT_ROLE, VICTIM_ROLE), false, false, List.of()), NOW);
        assertFalse(incident.isCrime());
    }

    @Test
    void aChildListedAsPresentMeansChildrenWerePresent() {
        Involvement child = new Involvement(303, InvolvementRole.CHILD_PRESENT);
        assertEquals("childrenPresent",
                refused(details(List.of(SUSPECT_ROLE, VICTIM_ROLE, child), false, false, List.of())).field());
        assertTrue(new Incident(details(List.of(SUSPECT_ROLE, VICTIM_ROLE, child), true, false, List.of()), NOW)
                .childrenPresent());
    }

    @Test
    void theSamePersonMayBeSuspectAndVictimButNotTwiceInOneRole() {
        Involvement counterAllegation = new Involvement(SUSPECT, InvolvementRole.VICTIM);
        Incident incident = new Incident(details(List.of(SUSPECT_ROLE, counterAllegation), false, false, List.of()),
                NOW);
        assertTrue(incident.isSuspect(SUSPECT));
        IncidentDetails suspectTwice =
                details(List.of(SUSPECT_ROLE, VICTIM_ROLE, SUSPECT_ROLE), false, false, List.of());
        assertEquals("The same person is added twice in the same role", refused(suspectTwice).getMessage());
    }

    @Test
    void theIncidentDayIsTheDayInEnglandAndWales() {
        IncidentDetails lateOnASummerEvening = PoliceRecords.details(Instant.parse("2025-07-01T23:30:00Z"));
        assertEquals(LocalDate.of(2025, 7, 2), new Incident(lateOnASummerEvening, NOW).occurredOn());
    }

    @Test
    void aPoliceReferenceIsHeldInCapitals() {
        assertEquals("NP/26/004512", PoliceReference.parse("  np/26/004512 ").value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "NP//26", "NP 26 004512", "NPABC", "NP/26/0045120000000000"})
    void somethingNotShapedLikeAPoliceReferenceIsRefused(String typed) {
        assertEquals("policeReference",
                assertThrows(InvalidFieldException.class, () -> PoliceReference.parse(typed)).field());
    }
}
