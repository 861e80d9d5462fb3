package uk.org.throughline.interfaces.police.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import uk.org.throughline.application.police.ArrestView;
import uk.org.throughline.application.police.CustodyService;
import uk.org.throughline.application.police.DisposalService;
import uk.org.throughline.application.police.DisposalView;
import uk.org.throughline.application.police.IncidentService;
import uk.org.throughline.application.police.IncidentView;
import uk.org.throughline.application.police.PolicePermissions;
import uk.org.throughline.application.police.SuspectDealings;
import uk.org.throughline.application.police.VoluntaryInterviewView;
import uk.org.throughline.domain.model.incident.InvolvementRole;
import uk.org.throughline.domain.shared.InvalidFieldException;
import uk.org.throughline.interfaces.security.web.SignedInRoles;

/**
 * The incident page: what happened, who was involved, the offences, and how each suspect was dealt
 * with (arrests with their custody results and bail conditions, voluntary interviews, outcomes).
 * Opened by {@code ?id=}, or by the arrest, interview or outcome it contains ({@code ?arrest=},
 * {@code ?interview=}, {@code ?disposal=}), which is how a person's chronology links to them.
 */
@Named
@ViewScoped
public class ViewIncident implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    IncidentService incidents;

    @Inject
    CustodyService custody;

    @Inject
    DisposalService disposalService;


    private Long id;
    private Long arrestId;
    private Long interviewId;
    private Long disposalId;
    private IncidentView incident;
    private List<ArrestView> arrests = List.of();
    private List<VoluntaryInterviewView> interviews = List.of();
    private List<DisposalView> disposals = List.of();

    public void load() {
        incident = incidents.view(incidentId());
        if (isDealingsReadable()) {
            SuspectDealings dealings = incidents.suspectDealings(incident.id());
            arrests = dealings.arrests();
            interviews = dealings.interviews();
            disposals = dealings.disposals();
        }
    }

    private long incidentId() {
        if (id != null) {
            return id;
        }
        if (arrestId != null) {
            return custody.viewArrest(arrestId).incidentId();
        }
        if (interviewId != null) {
            return custody.viewVoluntaryInterview(interviewId).incidentId();
        }
        if (disposalId != null) {
            return disposalService.view(disposalId).incidentId();
        }
        throw new InvalidFieldException("id", "The address does not say which incident");
    }

    /** Arrests, interviews and outcomes are for police and managers; a partner-contact worker sees the incident only. */
    public boolean isDealingsReadable() {
        return SignedInRoles.may(PolicePermissions.READ_CUSTODY);
    }

    public List<IncidentView.Involved> getSuspects() {
        return incident.people().stream().filter(person -> person.role() == InvolvementRole.SUSPECT).toList();
    }

    /** The people in the order police think of them: suspects, victims, children, witnesses. */
    public List<IncidentView.Involved> getPeople() {
        return incident.people().stream().sorted(Comparator.comparing(IncidentView.Involved::role)).toList();
    }

    /** Custody can still decide: nothing decided yet, or bail or release under investigation so far. */
    public boolean custodyOpen(ArrestView arrest) {
        return arrest.custodyResult() == null || arrest.custodyResult().isInterim();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getArrestId() {
        return arrestId;
    }

    public void setArrestId(Long arrestId) {
        this.arrestId = arrestId;
    }

    public Long getInterviewId() {
        return interviewId;
    }

    public void setInterviewId(Long interviewId) {
        this.interviewId = interviewId;
    }

    public Long getDisposalId() {
        return disposalId;
    }

    public void setDisposalId(Long disposalId) {
        this.disposalId = disposalId;
    }

    public IncidentView getIncident() {
        return incident;
    }

    public List<ArrestView> getArrests() {
        return arrests;
    }

    public List<VoluntaryInterviewView> getInterviews() {
        return interviews;
    }

    public List<DisposalView> getDisposals() {
        return disposals;
    }
}
