package uk.org.throughline.interfaces.caution.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import uk.org.throughline.application.police.CautionForms.ConditionStatusForm;
import uk.org.throughline.application.police.CautionForms.DecisionForm;
import uk.org.throughline.application.police.CautionForms.WithdrawalForm;
import uk.org.throughline.application.police.CautionView;
import uk.org.throughline.application.police.ConditionalCautionService;
import uk.org.throughline.domain.model.caution.ComplianceStatus;
import uk.org.throughline.domain.model.caution.NonComplianceOutcome;
import uk.org.throughline.domain.model.disposal.DecisionMaker;
import uk.org.throughline.interfaces.police.web.PoliceRecording;
import uk.org.throughline.interfaces.shared.web.DateDisplay;
import uk.org.throughline.interfaces.shared.web.Feedback;

/**
 * A conditional caution as it runs its course ({@code ?id=}): its conditions and what became of
 * each, the referrals it made, the summary time limit, and once it has failed the decision on
 * prosecution. Police act on it; probation and YOT read it. One action's form is open at a time.
 * Each change takes the version read on opening: if someone changed the caution meanwhile, the
 * change is refused and the page offers to reload.
 */
@Named
@ViewScoped
public class ViewCaution implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * The withdrawal's fields as the page names them: a page may not repeat an id even in a form
     * not shown, and the condition's and the decision's forms already use "on" and "reason".
     */
    private static final Map<String, String> WITHDRAWAL_INPUTS = Map.of("on", "withdrawnOn", "reason", "withdrawalReason");

    @Inject
    DateDisplay dates;

    @Inject
    ConditionalCautionService cautions;

    @Inject
    PoliceRecording recording;

    @Inject
    Feedback feedback;

    private Long id;
    private CautionView caution;
    private CautionView.Condition chosenCondition;
    private ConditionChange conditionChange;
    private Withdrawal withdrawal;
    private Decision decision;
    private boolean conflict;

    /** The decision form starts at today. */
    @PostConstruct
    void startToday() {
        decision = new Decision(dates.today());
    }

    public void load() {
        caution = cautions.view(id);
    }

    /** "Record an outcome" beside a condition opens the form for that condition. */
    public void chooseCondition(CautionView.Condition condition) {
        chosenCondition = condition;
        conditionChange = new ConditionChange(dates.today());
        withdrawal = null;
    }

    public void startWithdrawal() {
        withdrawal = new Withdrawal(dates.today());
        chosenCondition = null;
        conditionChange = null;
    }

    public void cancel() {
        chosenCondition = null;
        conditionChange = null;
        withdrawal = null;
    }

    public String changeConditionStatus() {
        ConditionStatusForm form = conditionChange.toForm();
        if (!feedback.valid(form)) {
            return null;
        }
        return change("Condition marked as " + form.status().label().toLowerCase(Locale.UK), Map.of(),
                () -> cautions.changeConditionStatus(id, caution.version(), chosenCondition.id(), form));
    }

    public String withdraw() {
        WithdrawalForm form = withdrawal.toForm();
        if (!feedback.valid(form, WITHDRAWAL_INPUTS)) {
            return null;
        }
        return change("Caution withdrawn", WITHDRAWAL_INPUTS, () -> cautions.withdraw(id, caution.version(), form));
    }

    public String recordDecision() {
        DecisionForm form = decision.toForm();
        if (!feedback.valid(form)) {
            return null;
        }
        return change("Decision recorded", Map.of(), () -> cautions.recordDecision(id, caution.version(), form));
    }

    /**
     * Makes the change and shows the caution afresh; or puts the service's objection on the field
     * it names, or says that someone else changed the caution first.
     */
    private String change(String done, Map<String, String> inputIds, Supplier<CautionView> change) {
        if (feedback.attempt(change, inputIds, () -> conflict = true).isEmpty()) {
            return null;
        }
        feedback.flash(done);
        return cautionPage(id);
    }

    /** The caution's page, reached by a redirect so that a reload never repeats a change. */
    static String cautionPage(long cautionId) {
        return "/police/caution?faces-redirect=true&id=" + cautionId;
    }

    /** Police and administrators change a caution while it is open; everyone else reads. */
    public boolean isActionable() {
        return recording.isAllowed() && caution.status() == ComplianceStatus.ACTIVE;
    }

    /** The caution failed and no one has decided yet whether to prosecute the original offence. */
    public boolean isDecisionDue() {
        return recording.isAllowed() && caution.status() == ComplianceStatus.FAILED
                && caution.decision() == null;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public CautionView getCaution() {
        return caution;
    }

    /** The condition whose outcome is being recorded; null when that form is closed. */
    public CautionView.Condition getChosenCondition() {
        return chosenCondition;
    }

    public ConditionChange getConditionChange() {
        return conditionChange;
    }

    /** Null unless the officer has asked to withdraw the caution. */
    public Withdrawal getWithdrawal() {
        return withdrawal;
    }

    public Decision getDecision() {
        return decision;
    }

    /** True once a change was refused because someone else changed the caution first. */
    public boolean isConflict() {
        return conflict;
    }

    /** A condition complied with, failed or withdrawn, as entered. */
    public static class ConditionChange implements Serializable {

        private static final long serialVersionUID = 1L;

        private ComplianceStatus status;
        private LocalDate on;
        private String note;
        private boolean noteShareable;

        ConditionChange(LocalDate today) {
            this.on = today;
        }

        ConditionStatusForm toForm() {
            return new ConditionStatusForm(status, on, note, noteShareable);
        }

        public ComplianceStatus getStatus() {
            return status;
        }

        public void setStatus(ComplianceStatus status) {
            this.status = status;
        }

        public LocalDate getOn() {
            return on;
        }

        public void setOn(LocalDate on) {
            this.on = on;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }

        public boolean isNoteShareable() {
            return noteShareable;
        }

        public void setNoteShareable(boolean noteShareable) {
            this.noteShareable = noteShareable;
        }
    }

    /** Withdrawing the whole caution, as entered. */
    public static class Withdrawal implements Serializable {

        private static final long serialVersionUID = 1L;

        private LocalDate on;
        private String reason;

        Withdrawal(LocalDate today) {
            this.on = today;
        }

        WithdrawalForm toForm() {
            return new WithdrawalForm(on, reason);
        }

        public LocalDate getOn() {
            return on;
        }

        public void setOn(LocalDate on) {
            this.on = on;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }
    }

    /** The non-compliance decision, as entered. */
    public static class Decision implements Serializable {

        private static final long serialVersionUID = 1L;

        private NonComplianceOutcome decision;
        private DecisionMaker decisionMaker;
        private LocalDate decidedOn;
        private String reason;

        Decision(LocalDate today) {
            this.decidedOn = today;
        }

        DecisionForm toForm() {
            return new DecisionForm(decision, decisionMaker, decidedOn, reason);
        }

        public NonComplianceOutcome getDecision() {
            return decision;
        }

        public void setDecision(NonComplianceOutcome decision) {
            this.decision = decision;
        }

        public DecisionMaker getDecisionMaker() {
            return decisionMaker;
        }

        public void setDecisionMaker(DecisionMaker decisionMaker) {
            this.decisionMaker = decisionMaker;
        }

        public LocalDate getDecidedOn() {
            return decidedOn;
        }

        public void setDecidedOn(LocalDate decidedOn) {
            this.decidedOn = decidedOn;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }
    }
}
