package uk.org.throughline.domain.model.incident;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * One domestic-abuse case on fixed dates in winter (so UTC is London time) for the police-journey
 * tests: a common assault on 14/01/2026 at 21:30, the suspect arrested at 23:10 the same night.
 */
public final class PoliceRecords {

    public static final long SUSPECT = 101;
    public static final long VICTIM = 202;
    public static final LocalDate OFFENCE_DAY = LocalDate.of(2026, 1, 14);
    public static final Instant OCCURRED_AT = Instant.parse("2026-01-14T21:30:00Z");
    public static final Instant ARRESTED_AT = Instant.parse("2026-01-14T23:10:00Z");
    /** The day after the incident, when the case is decided. */
    public static final LocalDate DECISION_DAY = LocalDate.of(2026, 1, 15);
    public static final Instant NOW = Instant.parse("2026-01-15T16:00:00Z");

    private PoliceRecords() {
    }

    public static Offence commonAssault() {
        return new Offence("Common assault (battery)", OffenceClass.SUMMARY_ONLY, OFFENCE_DAY, DECISION_DAY);
    }

    /** A crime of common assault, the suspect and his partner the victim, children not present. */
    public static IncidentDetails details(Instant occurredAt) {
        List<Involvement> people = List.of(new Involvement(SUSPECT, InvolvementRole.SUSPECT),
                new Involvement(VICTIM, InvolvementRole.VICTIM));
        return new IncidentDetails(PoliceReference.parse("NP/26/004512"), occurredAt,
                "Outside the Rose and Crown, Corby", Set.of(AbuseType.PHYSICAL),
                RelationshipType.CURRENT_INTIMATE_PARTNER, people, false, true, List.of(commonAssault()),
                DashLevel.STANDARD, null);
    }

    public static Incident incident() {
        return new Incident(details(OCCURRED_AT), NOW);
    }

    public static Arrest arrest() {
        return new Arrest(incident(), SUSPECT, "NC/1234/26", ARRESTED_AT, "Weston Favell", NOW);
    }
}
