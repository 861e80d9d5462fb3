package uk.org.throughline.interfaces.programme.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import uk.org.throughline.application.programme.ProgrammeWorklists;
import uk.org.throughline.application.programme.ProgrammeWorklists.FacilitatorWorklist;

/** The facilitator's sessions today and this week, and the registers they have not completed. */
@Named
@ViewScoped
public class FacilitatorWorklistPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ProgrammeWorklists worklists;

    private FacilitatorWorklist worklist;

    public void load() {
        worklist = worklists.facilitator();
    }

    public FacilitatorWorklist getWorklist() {
        return worklist;
    }
}
