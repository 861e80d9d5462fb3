package uk.org.throughline.interfaces.incident.facade;

import uk.org.throughline.application.police.ArrestForm;
import uk.org.throughline.application.police.ArrestView;
import uk.org.throughline.application.police.CustodyResultForm;
import uk.org.throughline.application.police.VoluntaryInterviewForm;
import uk.org.throughline.application.police.VoluntaryInterviewView;
import uk.org.throughline.interfaces.incident.dto.ArrestRequest;
import uk.org.throughline.interfaces.incident.dto.ArrestResponse;
import uk.org.throughline.interfaces.incident.dto.CustodyResultRequest;
import uk.org.throughline.interfaces.incident.dto.VoluntaryInterviewRequest;
import uk.org.throughline.interfaces.incident.dto.VoluntaryInterviewResponse;
import uk.org.throughline.interfaces.shared.rest.LondonTime;
import uk.org.throughline.interfaces.shared.rest.RequestLists;
import uk.org.throughline.interfaces.shared.rest.SharedWithOffenderManagers;

/** Converts the API's arrest, custody-result and voluntary-interview JSON to the application's forms and back. */
public final class CustodyDtoMapper {

    private CustodyDtoMapper() {
    }

    public static ArrestForm toForm(ArrestRequest request) {
        return new ArrestForm(request.incidentId(), request.personId(), request.custodyRecordNumber(),
                LondonTime.clock(request.arrestedAt()), request.station());
    }

    public static CustodyResultForm toForm(CustodyResultRequest request) {
        return new CustodyResultForm(request.result(), request.decidedOn(), RequestLists.map(request.bailConditions(),
                c -> new CustodyResultForm.BailConditionEntry(c.text(),
                        SharedWithOffenderManagers.marked(c.wordingShareable()), c.expiresOn())));
    }

    public static VoluntaryInterviewForm toForm(VoluntaryInterviewRequest request) {
        return new VoluntaryInterviewForm(request.incidentId(), request.personId(),
                LondonTime.clock(request.interviewedAt()), request.location());
    }

    public static ArrestResponse toResponse(ArrestView arrest) {
        return new ArrestResponse(arrest.id(), arrest.version(), arrest.incidentId(), arrest.policeReference(),
                arrest.personId(), arrest.personName(), arrest.custodyRecordNumber(), LondonTime.of(arrest.arrestedAt()),
                arrest.station(), arrest.custodyResult(), arrest.resultOn(), arrest.bailConditions());
    }

    public static VoluntaryInterviewResponse toResponse(VoluntaryInterviewView interview) {
        return new VoluntaryInterviewResponse(interview.id(), interview.incidentId(), interview.policeReference(),
                interview.personId(), interview.personName(), LondonTime.of(interview.interviewedAt()),
                interview.location());
    }
}
