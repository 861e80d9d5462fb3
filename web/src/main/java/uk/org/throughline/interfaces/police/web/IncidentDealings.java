package uk.org.throughline.interfaces.police.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.org.throughline.application.ArrestView;
import uk.org.throughline.application.CustodyService;
import uk.org.throughline.application.DisposalService;
import uk.org.throughline.application.DisposalView;
import uk.org.throughline.application.IncidentView;
import uk.org.throughline.application.PersonChronology;
import uk.org.throughline.application.VoluntaryInterviewView;
import uk.org.throughline.domain.model.incident.InvolvementRole;

/**
 * How the suspects of an incident were dealt with: their arrests, voluntary interviews and outcomes
 * for this incident. The services offer no list by incident, so they are found through each
 * suspect's chronology, which names every such record, and read one by one.
 */
@ApplicationScoped
public class IncidentDealings {

    @Inject
    PersonChronology chronology;

    @Inject
    CustodyService custody;

    @Inject
    DisposalService disposals;

    /** Oldest first. */
    public record Found(List<ArrestView> arrests, List<VoluntaryInterviewView> interviews,
            List<DisposalView> disposals) {
    }

    public Found of(IncidentView incident) {
        Set<Long> arrestIds = new LinkedHashSet<>();
        Set<Long> interviewIds = new LinkedHashSet<>();
        Set<Long> disposalIds = new LinkedHashSet<>();
        // Bail conditions, court events and cautions are part of these, and the incident is this one.
        Map<String, Set<Long>> idsByRecordType = Map.of(RecordLinks.ARREST, arrestIds,
                RecordLinks.VOLUNTARY_INTERVIEW, interviewIds, RecordLinks.DISPOSAL, disposalIds);
        incident.people().stream()
                .filter(person -> person.role() == InvolvementRole.SUSPECT)
                .map(IncidentView.Involved::personId)
                .distinct()
                .flatMap(suspect -> chronology.forPerson(suspect).stream())
                .filter(entry -> idsByRecordType.containsKey(entry.recordType()))
                .forEach(entry -> idsByRecordType.get(entry.recordType()).add(entry.recordId()));
        long incidentId = incident.id();
        return new Found(
                arrestIds.stream().map(custody::viewArrest).filter(a -> a.incidentId() == incidentId)
                        .sorted(Comparator.comparing(ArrestView::arrestedAt)).toList(),
                interviewIds.stream().map(custody::viewVoluntaryInterview).filter(i -> i.incidentId() == incidentId)
                        .sorted(Comparator.comparing(VoluntaryInterviewView::interviewedAt)).toList(),
                disposalIds.stream().map(disposals::view).filter(d -> d.incidentId() == incidentId)
                        .sorted(Comparator.comparing(DisposalView::decidedOn)).toList());
    }
}
