package uk.org.throughline.interfaces.police.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import uk.org.throughline.application.police.VoluntaryInterviewForm;

/** "Record a voluntary interview": a suspect of an incident interviewed under caution without arrest. */
@Named
@ViewScoped
public class RecordVoluntaryInterview extends SuspectContactPage {

    private static final long serialVersionUID = 1L;

    private String location;

    @Override
    VoluntaryInterviewForm form() {
        return new VoluntaryInterviewForm(getIncidentId(), getPersonId(), at(), location);
    }

    public String save() {
        if (!feedback.valid(form())) {
            return null;
        }
        custody.recordVoluntaryInterview(form());
        feedback.flash("Voluntary interview recorded");
        return PolicePages.incident(getIncidentId());
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }
}
