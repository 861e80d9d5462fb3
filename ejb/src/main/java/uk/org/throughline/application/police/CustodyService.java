package uk.org.throughline.application.police;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * How police dealt with each suspect: arrest and custody result (with bail conditions), or a
 * voluntary interview. Recording is for police (and admin); everything is audited.
 */
public interface CustodyService {

    /** Records the arrest of someone recorded as a suspect of the incident, not before it happened. */
    ArrestView recordArrest(@NotNull @Valid ArrestForm form);

    /**
     * Records the custody result. Bail and release under investigation may be followed by a final
     * result; refuses with a conflict if the arrest changed since {@code expectedVersion} was read.
     */
    ArrestView recordCustodyResult(long arrestId, long expectedVersion, @NotNull @Valid CustodyResultForm form);

    VoluntaryInterviewView recordVoluntaryInterview(@NotNull @Valid VoluntaryInterviewForm form);

    /** Reads one arrest (audited as a view). */
    ArrestView viewArrest(long arrestId);

    /** Reads one voluntary interview (audited as a view). */
    VoluntaryInterviewView viewVoluntaryInterview(long interviewId);
}
