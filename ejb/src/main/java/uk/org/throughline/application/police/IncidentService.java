package uk.org.throughline.application.police;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;

/**
 * Domestic-abuse incidents as police record them. Recording and correcting is for police (and
 * admin); every read and change is audited in the same transaction.
 */
public interface IncidentService {

    /** Records a new incident; the police reference must not be in use. */
    IncidentView record(@NotNull @Valid IncidentForm form);

    /** Corrects an incident; refuses with a conflict if it changed since {@code expectedVersion} was read. */
    IncidentView update(long incidentId, long expectedVersion, @NotNull @Valid IncidentForm form);

    /** Reads one incident (audited as a view). */
    IncidentView view(long incidentId);

    /** The arrests, voluntary interviews and outcomes of the incident's suspects (audited as one view). */
    SuspectDealings suspectDealings(long incidentId);

    /** The incident with that police reference, typed in any case (audited as a search). */
    Optional<IncidentView> findByPoliceReference(@NotNull String policeReference);
}
