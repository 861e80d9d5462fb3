package uk.org.throughline.interfaces.victim.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.org.throughline.application.victim.ParallelSupportService;
import uk.org.throughline.application.victim.PartnerContactPlanView;
import uk.org.throughline.application.victim.SupportForms.DecisionForm;
import uk.org.throughline.application.victim.SupportView;
import uk.org.throughline.application.victim.VictimForms.ContactForm;
import uk.org.throughline.application.victim.VictimPermissions;
import uk.org.throughline.application.victim.VictimService;
import uk.org.throughline.application.victim.VictimSummary;
import uk.org.throughline.application.victim.VictimView;
import uk.org.throughline.domain.model.victim.ContactMethod;
import uk.org.throughline.domain.model.victim.ContactOutcome;
import uk.org.throughline.domain.model.victim.SupportDecision;
import uk.org.throughline.domain.shared.BusinessException;
import uk.org.throughline.domain.shared.InvalidFieldException;
import uk.org.throughline.domain.shared.RecordNotFoundException;
import uk.org.throughline.interfaces.security.web.SignedInRoles;
import uk.org.throughline.interfaces.shared.UkDates;
import uk.org.throughline.interfaces.shared.web.DateDisplay;
import uk.org.throughline.interfaces.shared.web.Feedback;

/**
 * A victim's page ({@code ?person=}). Every role sees that she is a victim, her risk level and the
 * orders protecting her. Her details and contact log open only after the user gives a reason —
 * partner-contact workers may pick one, managers and administrators must write it — and the reason
 * goes into the audit trail with the read. The reason is posted, never put in the address (which
 * access logs and browser histories keep), and goes on to the change form the same way. Partner-contact
 * workers log contact attempts here, and record whether she accepted the support offered alongside his
 * programme (Caring Dads mothers, YUVA parents), which shows with whether she was supported throughout.
 */
@Named
@ViewScoped
public class ViewVictim implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A partner-contact worker's usual reasons; "other" asks for the reason in words. */
    private static final List<String> QUICK_REASONS = List.of("Planned contact", "Responding to an alert",
            "Safety planning", "Updating her record");
    private static final Map<String, String> CONTACT_INPUTS = Map.of("attemptedOn", "attemptedOn");

    @Inject
    DateDisplay dates;

    @Inject
    VictimService victims;

    @Inject
    Feedback feedback;

    @Inject
    ParallelSupportService parallelSupport;

    private Long personId;
    private VictimSummary summary;
    private String quickReason;
    private String reasonText;
    private String reason;
    private VictimView victim;
    private List<SupportView> support = List.of();
    private LocalDate decidedOn;

    private Long planId;
    private LocalDate attemptedOn;
    private ContactMethod method;
    private ContactOutcome outcome;
    private String disclosures;
    private String concerns;
    private String actions;

    public void load() {
        summary = victims.summary(personId).orElseThrow(() -> new RecordNotFoundException("Victim record of person",
                personId));
    }

    /** Opens her details with the reason given, audited. */
    public void showDetails() {
        String given = isQuickReasons() && quickReason != null && !quickReason.isBlank() ? quickReason : reasonText;
        if (given == null || given.isBlank()) {
            feedback.error(new InvalidFieldException(isQuickReasons() ? "quickReason" : "reasonText",
                    "Give the reason for viewing her details"));
            return;
        }
        reason = given.strip();
        victim = victims.view(personId, reason);
        support = parallelSupport.supportOf(personId, reason);
        openPlans().stream().findFirst().ifPresent(plan -> planId = plan.id());
        attemptedOn = dates.today();
        decidedOn = dates.today();
    }

    /** Records that she accepted or declined the support offered alongside one of his referrals. */
    public void decideSupport(long supportPlanId, SupportDecision decision) {
        SupportView offered = support.stream().filter(entry -> entry.planId() == supportPlanId).findFirst()
                .orElseThrow();
        DecisionForm form = new DecisionForm(decision, decidedOn, null);
        if (!feedback.valid(form, Map.of())) {
            return;
        }
        try {
            parallelSupport.decide(personId, supportPlanId, offered.planVersion(), form);
            feedback.info(offered.supported() + "'s support " + decision.label().toLowerCase(Locale.UK) + " on "
                    + UkDates.formatDate(decidedOn));
        } catch (BusinessException e) {
            feedback.error(e);
            return;
        }
        victim = victims.view(personId, reason);
        support = parallelSupport.supportOf(personId, reason);
    }

    /** Logs the attempt on the chosen plan and shows the plan again as saved. */
    public void recordContact() {
        ContactForm form = new ContactForm(attemptedOn, method, outcome, disclosures, concerns, actions);
        boolean valid = feedback.valid(form, CONTACT_INPUTS);
        PartnerContactPlanView plan = openPlans().stream().filter(open -> open.id() == (planId == null ? -1 : planId))
                .findFirst().orElse(null);
        if (plan == null) {
            feedback.error(new InvalidFieldException("planId", "Choose the plan the attempt belongs to"));
            return;
        }
        if (!valid) {
            return;
        }
        try {
            PartnerContactPlanView saved = victims.recordContact(personId, plan.id(), plan.version(), form);
            feedback.info("Contact attempt recorded: " + outcome.label() + (saved.nextContactDue() == null ? ""
                    : ". Next contact due " + UkDates.formatDate(saved.nextContactDue())));
        } catch (BusinessException e) {
            feedback.error(e);
            return;
        }
        victim = victims.view(personId, reason);
        support = parallelSupport.supportOf(personId, reason);
        disclosures = null;
        concerns = null;
        actions = null;
        method = null;
        outcome = null;
    }

    /** The change form, reading her record with the reason given here, handed over in the flash scope. */
    public String changeRecord() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().put(EditVictim.ACCESS_REASON, reason);
        return "/victim/edit?faces-redirect=true&person=" + personId;
    }

    /** Partner-contact workers may pick a usual reason; managers and administrators write theirs. */
    public boolean isQuickReasons() {
        return SignedInRoles.may(VictimPermissions.PARTNER_CONTACT_WORK);
    }

    /** The roles that may read her details with a reason. */
    public boolean isVictimFacing() {
        return SignedInRoles.may(VictimPermissions.READ);
    }

    public boolean isRecordKeeper() {
        return SignedInRoles.may(VictimPermissions.RECORD);
    }

    public List<PartnerContactPlanView> openPlans() {
        return victim == null ? List.of() : victim.plans().stream().filter(plan -> plan.closedOn() == null).toList();
    }

    public List<String> getReasonChoices() {
        return QUICK_REASONS;
    }

    /** Her support alongside each referral that offers it, once her details are open. */
    public List<SupportView> getSupport() {
        return support;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public void setDecidedOn(LocalDate decidedOn) {
        this.decidedOn = decidedOn;
    }

    public ContactMethod[] getMethods() {
        return ContactMethod.values();
    }

    public ContactOutcome[] getOutcomes() {
        return ContactOutcome.values();
    }

    public Long getPersonId() {
        return personId;
    }

    public void setPersonId(Long personId) {
        this.personId = personId;
    }

    public VictimSummary getSummary() {
        return summary;
    }

    public VictimView getVictim() {
        return victim;
    }

    public String getReason() {
        return reason;
    }

    public String getQuickReason() {
        return quickReason;
    }

    public void setQuickReason(String quickReason) {
        this.quickReason = quickReason;
    }

    public String getReasonText() {
        return reasonText;
    }

    public void setReasonText(String reasonText) {
        this.reasonText = reasonText;
    }

    public Long getPlanId() {
        return planId;
    }

    public void setPlanId(Long planId) {
        this.planId = planId;
    }

    public LocalDate getAttemptedOn() {
        return attemptedOn;
    }

    public void setAttemptedOn(LocalDate attemptedOn) {
        this.attemptedOn = attemptedOn;
    }

    public ContactMethod getMethod() {
        return method;
    }

    public void setMethod(ContactMethod method) {
        this.method = method;
    }

    public ContactOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(ContactOutcome outcome) {
        this.outcome = outcome;
    }

    public String getDisclosures() {
        return disclosures;
    }

    public void setDisclosures(String disclosures) {
        this.disclosures = disclosures;
    }

    public String getConcerns() {
        return concerns;
    }

    public void setConcerns(String concerns) {
        this.concerns = concerns;
    }

    public String getActions() {
        return actions;
    }

    public void setActions(String actions) {
        this.actions = actions;
    }
}
