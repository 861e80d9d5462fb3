package uk.org.throughline.interfaces.programme.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import uk.org.throughline.application.programme.ProgrammeWorklists;
import uk.org.throughline.application.programme.ProgrammeWorklists.ProgrammeFigures;
import uk.org.throughline.application.programme.ProgrammeWorklists.WaitingItem;

/** The manager's view per programme: its waiting list with wait times, cohort places filled and completion rate. */
@Named
@ViewScoped
public class ProgrammeFiguresPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ProgrammeWorklists worklists;

    private List<ProgrammeFigures> figures;

    public void load() {
        figures = worklists.manager();
    }

    /** E.g. "43 days", for a programme with someone waiting. */
    public String longestWait(ProgrammeFigures programme) {
        long days = programme.waiting().stream().mapToLong(WaitingItem::daysWaiting).max().orElseThrow();
        return days + (days == 1 ? " day" : " days");
    }

    public List<ProgrammeFigures> getFigures() {
        return figures;
    }
}
