package uk.org.throughline.interfaces.programme.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Map;
import uk.org.throughline.application.programme.ReferralForms.ResolutionForm;
import uk.org.throughline.application.programme.ReferralService;
import uk.org.throughline.interfaces.shared.web.DateDisplay;
import uk.org.throughline.interfaces.shared.web.Feedback;

/**
 * Resolving a breach referral or a case worker's task, from "My people" or the referral's page: the
 * form opens for one action at the version listed, and saving it is one transaction. If someone
 * resolved the action meanwhile, the page offers to reload; otherwise it shows the page afresh.
 */
@Named
@ViewScoped
public class ResolveEnforcement implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DateDisplay dates;

    @Inject
    ReferralService referrals;

    @Inject
    Feedback feedback;

    private Long actionId;
    private long version;
    private String what;
    private LocalDate resolvedOn;
    private String resolution;
    private boolean conflict;

    /** @param what names the action for the form's heading, e.g. "Referral for breach: Dean Mills" */
    public void open(long chosenActionId, long chosenVersion, String chosenWhat) {
        actionId = chosenActionId;
        version = chosenVersion;
        what = chosenWhat;
        resolvedOn = dates.today();
        resolution = null;
    }

    public void cancel() {
        actionId = null;
    }

    /** Saves the resolution and shows this page afresh, by a redirect so that a reload never repeats it. */
    public String save() {
        ResolutionForm form = new ResolutionForm(resolvedOn, resolution);
        if (!feedback.valid(form)) {
            return null;
        }
        if (feedback.attempt(() -> referrals.resolveEnforcement(actionId, version, form), Map.of(),
                () -> conflict = true).isEmpty()) {
            return null;
        }
        feedback.flash("Resolved: " + what);
        return FacesContext.getCurrentInstance().getViewRoot().getViewId()
                + "?faces-redirect=true&includeViewParams=true";
    }

    /** The action whose form is open; null when none is. */
    public Long getActionId() {
        return actionId;
    }

    public String getWhat() {
        return what;
    }

    public LocalDate getResolvedOn() {
        return resolvedOn;
    }

    public void setResolvedOn(LocalDate resolvedOn) {
        this.resolvedOn = resolvedOn;
    }

    public String getResolution() {
        return resolution;
    }

    public void setResolution(String resolution) {
        this.resolution = resolution;
    }

    /** True once the resolution was refused because someone else changed the action first. */
    public boolean isConflict() {
        return conflict;
    }
}
