package uk.org.throughline.domain.model.incident;

import java.time.Instant;
import java.time.LocalDate;

/**
 * How police dealt with a suspect before deciding the outcome: arrested, or interviewed voluntarily
 * under caution. A disposal always follows one of the two. Sealed so that a disposal knows it holds
 * exactly one of them; the entities are non-sealed only because entity classes may not be final.
 */
public sealed interface SuspectContact permits Arrest, VoluntaryInterview {

    Incident incident();

    long personId();

    /** The day of the arrest or interview in England and Wales. */
    LocalDate date();

    /** When the suspect was arrested or interviewed. */
    Instant at();
}
