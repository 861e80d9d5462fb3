package uk.org.throughline.interfaces.risk.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import uk.org.throughline.application.risk.RiskForms.SafetyPlanItemForm;
import uk.org.throughline.application.risk.SafetyPlanService;
import uk.org.throughline.application.risk.SafetyPlanView;
import uk.org.throughline.domain.model.risk.SafetyPlanStatus;
import uk.org.throughline.domain.shared.BusinessException;
import uk.org.throughline.interfaces.shared.web.Feedback;

/**
 * A victim's safety plan ({@code ?person=}): its measures with owner, due and review dates and
 * status; a measure's status is changed where it is listed, and new measures are added below.
 */
@Named
@ViewScoped
public class SafetyPlanPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SafetyPlanService plans;

    @Inject
    Feedback feedback;

    private Long personId;
    private SafetyPlanView plan;
    private String action;
    private String owner;
    private LocalDate dueOn;
    private LocalDate reviewOn;
    private SafetyPlanStatus status = SafetyPlanStatus.AGREED;

    public void load() {
        plan = plans.plan(personId);
    }

    public String add() {
        SafetyPlanItemForm form = new SafetyPlanItemForm(action, owner, dueOn, reviewOn, status);
        if (!feedback.valid(form)) {
            return null;
        }
        return saved(() -> plans.addItem(personId, form), "Added to the safety plan.");
    }

    /** Moves one measure to a new status, keeping the rest of it as it was. */
    public String changeStatus(SafetyPlanView.Item item, SafetyPlanStatus newStatus) {
        return saved(() -> plans.updateItem(item.id(), item.version(), new SafetyPlanItemForm(item.action(),
                item.owner(), item.dueOn(), item.reviewOn(), newStatus)),
                "\"" + item.action() + "\" is now " + newStatus.label().toLowerCase(Locale.UK) + ".");
    }

    private String saved(Runnable change, String notice) {
        try {
            change.run();
        } catch (BusinessException e) {
            feedback.error(e);
            return null;
        }
        feedback.flash(notice);
        return "/risk/safety-plan?faces-redirect=true&person=" + personId;
    }

    public List<SafetyPlanStatus> getStatuses() {
        return List.of(SafetyPlanStatus.values());
    }

    public Long getPersonId() {
        return personId;
    }

    public void setPersonId(Long personId) {
        this.personId = personId;
    }

    public SafetyPlanView getPlan() {
        return plan;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }

    public LocalDate getReviewOn() {
        return reviewOn;
    }

    public void setReviewOn(LocalDate reviewOn) {
        this.reviewOn = reviewOn;
    }

    public SafetyPlanStatus getStatus() {
        return status;
    }

    public void setStatus(SafetyPlanStatus status) {
        this.status = status;
    }
}
