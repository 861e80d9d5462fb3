package uk.org.throughline.interfaces.caution.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import uk.org.throughline.application.police.PoliceWorklist;
import uk.org.throughline.application.police.PoliceWorklist.Worklist;

/**
 * What police must act on next, as of today: the worklist page, and the counts on the home page
 * that link to it.
 */
@Named
@ViewScoped
public class PoliceWorklistPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PoliceWorklist policeWorklist;

    private Worklist worklist;

    public void load() {
        worklist = policeWorklist.today();
    }

    /** Null until loaded, and on the home page for staff who do not follow the worklist. */
    public Worklist getWorklist() {
        return worklist;
    }
}
