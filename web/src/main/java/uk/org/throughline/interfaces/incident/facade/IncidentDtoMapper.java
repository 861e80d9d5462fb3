package uk.org.throughline.interfaces.incident.facade;

import uk.org.throughline.application.police.IncidentForm;
import uk.org.throughline.application.police.IncidentView;
import uk.org.throughline.interfaces.incident.dto.IncidentRequest;
import uk.org.throughline.interfaces.incident.dto.IncidentResponse;
import uk.org.throughline.interfaces.incident.dto.InvolvedPersonDto;
import uk.org.throughline.interfaces.incident.dto.OffenceDto;
import uk.org.throughline.interfaces.shared.rest.LondonTime;
import uk.org.throughline.interfaces.shared.rest.RequestLists;

/** Converts the API's incident JSON to the application's form and back; a flag left out is false. */
public final class IncidentDtoMapper {

    private IncidentDtoMapper() {
    }

    public static IncidentForm toForm(IncidentRequest request) {
        return new IncidentForm(request.policeReference(), LondonTime.clock(request.occurredAt()), request.location(),
                request.abuseTypes(), request.relationship(),
                RequestLists.map(request.people(), p -> new IncidentForm.Involved(p.personId(), p.role())),
                Boolean.TRUE.equals(request.childrenPresent()), Boolean.TRUE.equals(request.crime()),
                RequestLists.map(request.offences(),
                        o -> new IncidentForm.OffenceEntry(o.description(), o.offenceClass(), o.offenceDate())),
                request.dashLevel(), request.account());
    }

    public static IncidentResponse toResponse(IncidentView incident) {
        return new IncidentResponse(incident.id(), incident.version(), incident.policeReference(),
                LondonTime.of(incident.occurredAt()), incident.location(), incident.abuseTypes(),
                incident.relationship(),
                incident.people().stream()
                        .map(p -> new InvolvedPersonDto(p.personId(), p.displayName(), p.role())).toList(),
                incident.childrenPresent(), incident.crime(),
                incident.offences().stream()
                        .map(o -> new OffenceDto(o.index(), o.description(), o.offenceClass(), o.offenceDate())).toList(),
                incident.dashLevel(), incident.account(), incident.placeAndAccountWithheld(), incident.createdAt(),
                incident.updatedAt());
    }
}
