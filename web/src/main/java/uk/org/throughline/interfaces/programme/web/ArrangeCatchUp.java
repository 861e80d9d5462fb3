package uk.org.throughline.interfaces.programme.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import uk.org.throughline.application.programme.CohortForms.CatchUpForm;
import uk.org.throughline.application.programme.RegisterService;
import uk.org.throughline.application.programme.RegisterView;
import uk.org.throughline.application.programme.SessionView;

/**
 * A catch-up of a session for the people on its register who did not cover it: absent, left early
 * or not yet marked. Those who covered it are not offered.
 */
@Named
@ViewScoped
public class ArrangeCatchUp extends SessionDatePage {

    private static final long serialVersionUID = 1L;

    @Inject
    RegisterService registers;

    private List<RegisterView.Line> missedBy;
    private List<Long> referralIds = List.of();

    @Override
    public void load() {
        super.load();
        missedBy = registers.register(getSessionId()).lines().stream()
                .filter(line -> line.mark() == null || !line.mark().coversSession())
                .toList();
    }

    @Override
    CatchUpForm form() {
        return new CatchUpForm(referralIds, getDate(), getStartTime());
    }

    public String save() {
        if (!feedback.valid(form())) {
            return null;
        }
        SessionView catchUp = cohorts.catchUp(getSessionId(), form());
        feedback.flash("Catch-up of session " + catchUp.number() + " arranged for " + referralIds.size()
                + (referralIds.size() == 1 ? " person" : " people"));
        return ProgrammePages.cohort(catchUp.cohortId());
    }

    public List<RegisterView.Line> getMissedBy() {
        return missedBy;
    }

    public List<Long> getReferralIds() {
        return referralIds;
    }

    public void setReferralIds(List<Long> referralIds) {
        this.referralIds = referralIds;
    }
}
