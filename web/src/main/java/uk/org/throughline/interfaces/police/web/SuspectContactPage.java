package uk.org.throughline.interfaces.police.web;

import jakarta.faces.event.ComponentSystemEvent;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import uk.org.throughline.application.police.CustodyService;
import uk.org.throughline.application.police.IncidentService;
import uk.org.throughline.application.police.IncidentView;
import uk.org.throughline.domain.model.incident.InvolvementRole;
import uk.org.throughline.interfaces.shared.web.Feedback;

/**
 * Recording how police dealt with a suspect of an incident ({@code ?incident=}): the suspect, chosen
 * from those recorded on the incident, and the day and time, typed apart.
 */
public abstract class SuspectContactPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    IncidentService incidents;

    @Inject
    CustodyService custody;

    @Inject
    PoliceRecording recording;

    @Inject
    Feedback feedback;

    private Long incidentId;
    private IncidentView incident;
    private Long personId;
    private LocalDate day;
    private LocalTime time;

    public void load() {
        recording.require();
        incident = incidents.view(incidentId);
        List<IncidentView.Involved> suspects = getSuspects();
        if (suspects.size() == 1) {
            personId = suspects.get(0).personId();
        }
    }

    /** Listens for the form's postValidate event: see {@link Feedback#checkWholeForm}. */
    public void checkWholeForm(ComponentSystemEvent event) {
        feedback.checkWholeForm(event, this::form);
    }

    /** What the service is given, as the inputs hold it now. */
    abstract Object form();

    public List<IncidentView.Involved> getSuspects() {
        return incident.people().stream().filter(person -> person.role() == InvolvementRole.SUSPECT).toList();
    }

    /** The day and time together, or null until both are given. */
    LocalDateTime at() {
        return day == null || time == null ? null : day.atTime(time);
    }

    public Long getIncidentId() {
        return incidentId;
    }

    public void setIncidentId(Long incidentId) {
        this.incidentId = incidentId;
    }

    public IncidentView getIncident() {
        return incident;
    }

    public Long getPersonId() {
        return personId;
    }

    public void setPersonId(Long personId) {
        this.personId = personId;
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public LocalTime getTime() {
        return time;
    }

    public void setTime(LocalTime time) {
        this.time = time;
    }
}
