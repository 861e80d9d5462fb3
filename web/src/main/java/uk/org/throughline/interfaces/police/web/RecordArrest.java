package uk.org.throughline.interfaces.police.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import uk.org.throughline.application.police.ArrestForm;

/** "Record an arrest" of a suspect of an incident; the custody result is recorded once custody decides. */
@Named
@ViewScoped
public class RecordArrest extends SuspectContactPage {

    private static final long serialVersionUID = 1L;

    private String custodyRecordNumber;
    private String station;

    @Override
    ArrestForm form() {
        return new ArrestForm(getIncidentId(), getPersonId(), custodyRecordNumber, at(), station);
    }

    public String save() {
        if (!feedback.valid(form())) {
            return null;
        }
        custody.recordArrest(form());
        feedback.flash("Arrest recorded");
        return PolicePages.incident(getIncidentId());
    }

    public String getCustodyRecordNumber() {
        return custodyRecordNumber;
    }

    public void setCustodyRecordNumber(String custodyRecordNumber) {
        this.custodyRecordNumber = custodyRecordNumber;
    }

    public String getStation() {
        return station;
    }

    public void setStation(String station) {
        this.station = station;
    }
}
