package uk.org.throughline.interfaces.programme.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import uk.org.throughline.application.programme.CohortForms.RescheduleForm;

/**
 * Moving one session to another day or time, with the reason. The session's version as read goes
 * back with the move, so a session someone else moved meanwhile is refused rather than moved twice.
 */
@Named
@ViewScoped
public class MoveSession extends SessionDatePage {

    private static final long serialVersionUID = 1L;

    private String reason;

    @Override
    RescheduleForm form() {
        return new RescheduleForm(getDate(), getStartTime(), reason);
    }

    public String save() {
        if (!feedback.valid(form())) {
            return null;
        }
        cohorts.reschedule(getSessionId(), getSession().version(), form());
        feedback.flash("Session " + getSession().number() + " moved");
        return ProgrammePages.cohort(getSession().cohortId());
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
