package uk.org.throughline.interfaces.police.web;

import java.time.Instant;
import uk.org.throughline.application.police.ArrestView;
import uk.org.throughline.application.police.CustodyService;
import uk.org.throughline.application.police.VoluntaryInterviewView;
import uk.org.throughline.domain.shared.InvalidFieldException;

/**
 * The arrest or voluntary interview an outcome follows, as a page names it by {@code ?arrest=} or
 * {@code ?interview=}, with what the page shows of it.
 *
 * @param description "Arrest" or "Voluntary interview", and where
 */
public record SuspectContactSummary(long incidentId, String policeReference, long personId, String personName, Instant at,
        String description) {

    /** @throws InvalidFieldException if the address names neither or both */
    static SuspectContactSummary of(CustodyService custody, Long arrestId, Long interviewId) {
        if ((arrestId == null) == (interviewId == null)) {
            throw new InvalidFieldException("arrestId", "The address must name either an arrest or a voluntary interview");
        }
        if (arrestId != null) {
            ArrestView arrest = custody.viewArrest(arrestId);
            return new SuspectContactSummary(arrest.incidentId(), arrest.policeReference(), arrest.personId(),
                    arrest.personName(), arrest.arrestedAt(), "Arrest, custody record " + arrest.custodyRecordNumber());
        }
        VoluntaryInterviewView interview = custody.viewVoluntaryInterview(interviewId);
        return new SuspectContactSummary(interview.incidentId(), interview.policeReference(), interview.personId(),
                interview.personName(), interview.interviewedAt(), "Voluntary interview at " + interview.location());
    }
}
