package uk.org.throughline.interfaces.police.web;

import jakarta.faces.event.ComponentSystemEvent;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import uk.org.throughline.application.police.CustodyService;
import uk.org.throughline.application.police.DisposalForm;
import uk.org.throughline.application.police.DisposalService;
import uk.org.throughline.application.police.DisposalView;
import uk.org.throughline.domain.model.disposal.DecisionMaker;
import uk.org.throughline.domain.model.disposal.OutcomeType;
import uk.org.throughline.interfaces.shared.web.Feedback;

/**
 * "Record the outcome" for a suspect after their arrest ({@code ?arrest=}) or voluntary interview
 * ({@code ?interview=}). A charge opens a court case, where the user goes next.
 */
@Named
@ViewScoped
public class RecordDisposal implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CustodyService custody;

    @Inject
    DisposalService disposals;

    @Inject
    PoliceRecording recording;

    @Inject
    Feedback feedback;

    private Long arrestId;
    private Long interviewId;
    private SuspectContactSummary contact;
    private OutcomeType outcomeType;
    private DecisionMaker decisionMaker = DecisionMaker.POLICE;
    private LocalDate decidedOn;
    private String reason;

    public void load() {
        recording.require();
        contact = SuspectContactSummary.of(custody, arrestId, interviewId);
    }

    /** Listens for the form's postValidate event: see {@link Feedback#checkWholeForm}. */
    public void checkWholeForm(ComponentSystemEvent event) {
        feedback.checkWholeForm(event, this::form);
    }

    DisposalForm form() {
        return new DisposalForm(arrestId, interviewId, outcomeType, decisionMaker, decidedOn, reason);
    }

    public String save() {
        if (!feedback.valid(form())) {
            return null;
        }
        DisposalView disposal = disposals.record(form());
        feedback.flash("Outcome recorded: " + disposal.outcomeLabel());
        return disposal.courtCaseId() != null
                ? PolicePages.courtCase(disposal.courtCaseId())
                : PolicePages.incident(disposal.incidentId());
    }

    public Long getArrestId() {
        return arrestId;
    }

    public void setArrestId(Long arrestId) {
        this.arrestId = arrestId;
    }

    public Long getInterviewId() {
        return interviewId;
    }

    public void setInterviewId(Long interviewId) {
        this.interviewId = interviewId;
    }

    public SuspectContactSummary getContact() {
        return contact;
    }

    public OutcomeType getOutcomeType() {
        return outcomeType;
    }

    public void setOutcomeType(OutcomeType outcomeType) {
        this.outcomeType = outcomeType;
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
