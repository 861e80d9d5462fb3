package uk.org.throughline.interfaces.programme.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import uk.org.throughline.application.programme.ProgrammeDocuments;
import uk.org.throughline.application.programme.ProgrammeView;
import uk.org.throughline.application.programme.ReferralForms.AllocationForm;
import uk.org.throughline.application.programme.ReferralForms.AssessmentForm;
import uk.org.throughline.application.programme.ReferralForms.CaseWorkerForm;
import uk.org.throughline.application.programme.ReferralForms.OutcomeForm;
import uk.org.throughline.application.programme.ReferralForms.StepForm;
import uk.org.throughline.application.programme.ReferralRecord;
import uk.org.throughline.application.programme.ReferralService;
import uk.org.throughline.application.programme.ReferralView;
import uk.org.throughline.application.staff.StaffView;
import uk.org.throughline.application.victim.ParallelSupportService;
import uk.org.throughline.application.victim.ReferralSupportView;
import uk.org.throughline.domain.model.programme.NotCompletedReason;
import uk.org.throughline.domain.shared.InvalidFieldException;
import uk.org.throughline.interfaces.shared.web.DateDisplay;
import uk.org.throughline.interfaces.shared.web.Feedback;

/**
 * A programme referral ({@code ?id=}): its details and dated, attributed history, the person's
 * attendance and the enforcement of each failure, and the lifecycle steps its status allows. One
 * step's form is open at a time; saving it is one transaction at the version read on opening, so
 * if someone moved the referral on meanwhile the step is refused and the page offers to reload.
 * The warning letters and the end-of-programme report download as PDF.
 */
@Named
@ViewScoped
public class ViewReferral implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The outcome form's reason is the domain's notCompletedReason, as the page names it; "reason" is the assessment's. */
    private static final Map<String, String> OUTCOME_INPUTS = Map.of("reason", "notCompletedReason");

    @Inject
    DateDisplay dates;

    @Inject
    ReferralService referrals;

    @Inject
    ProgrammeDocuments documents;

    @Inject
    ProgrammeRoles roles;

    @Inject
    Feedback feedback;

    @Inject
    ParallelSupportService parallelSupport;

    private Long id;
    private ReferralRecord record;
    private ReferralStep step;
    private StepEntry entry;
    private List<ReferralRecord.Place> places = List.of();
    private List<ProgrammeView> programmes = List.of();
    private List<StaffView> caseWorkers = List.of();
    private String facilitatorComments;
    private boolean conflict;
    private List<ReferralSupportView> support = List.of();

    public void load() {
        record = referrals.record(id);
        support = parallelSupport.forReferral(id);
    }

    /** Opens the form of one of the steps offered. */
    public void choose(ReferralStep chosen) {
        step = chosen;
        entry = new StepEntry(dates.today());
        places = chosen == ReferralStep.ALLOCATION ? referrals.placesFor(id) : List.of();
        programmes = chosen == ReferralStep.PROGRAMME ? referrals.programmes() : List.of();
        caseWorkers = chosen == ReferralStep.ASSIGN_CASE_WORKER ? referrals.caseWorkers() : List.of();
    }

    public void cancel() {
        step = null;
        entry = null;
    }

    /** Saves the open step at the version read; one transaction in the service. */
    public String save() {
        long version = record.referral().version();
        return switch (step) {
            case PROGRAMME -> entry.programmeId == null ? required("programmeId", "Select the programme")
                    : change(Map.of(), () -> referrals.linkProgramme(id, version, entry.programmeId));
            case ASSESSMENT -> checked(new AssessmentForm(entry.suitable, entry.on, entry.reason), Map.of(),
                    form -> referrals.assess(id, version, form));
            case WAITING -> checked(new StepForm(entry.on), Map.of(), form -> referrals.addToWaitingList(id, version,
                    form));
            case ALLOCATION -> checked(new AllocationForm(entry.cohortId, entry.on), Map.of(),
                    form -> referrals.allocate(id, version, form));
            case COMPLETION -> checked(new StepForm(entry.on), Map.of(), form -> referrals.complete(id, version,
                    form));
            case NON_COMPLETION -> checked(new OutcomeForm(entry.notCompletedReason, entry.note, entry.on),
                    OUTCOME_INPUTS, form -> referrals.endNotCompleted(id, version, form));
            case TAKE_ON, ASSIGN_CASE_WORKER -> checked(new CaseWorkerForm(
                    step == ReferralStep.TAKE_ON ? null : entry.caseWorker, entry.on), Map.of(),
                    form -> referrals.nameCaseWorker(id, version, form));
        };
    }

    private <F> String checked(F form, Map<String, String> inputIds, Function<F, ReferralView> change) {
        if (!feedback.valid(form, inputIds)) {
            return null;
        }
        return change(inputIds, () -> change.apply(form));
    }

    private String required(String field, String message) {
        feedback.error(new InvalidFieldException(field, message));
        return null;
    }

    /**
     * Makes the change and shows the referral afresh, with what it meant for a caution; or puts the
     * service's objection on the field it names, or says that someone else changed the referral first.
     */
    private String change(Map<String, String> inputIds, Supplier<ReferralView> change) {
        Optional<ReferralView> made = feedback.attempt(change, inputIds, () -> conflict = true);
        if (made.isEmpty()) {
            return null;
        }
        ReferralView changed = made.get();
        feedback.flash(step.done());
        if (changed.cautionNote() != null) {
            feedback.flash(changed.cautionNote());
        }
        return referralPage(id);
    }

    /** The referral's page, reached by a redirect so that a reload never repeats a step. */
    static String referralPage(long referralId) {
        return "/programme/referral?faces-redirect=true&id=" + referralId;
    }

    /** The warning letter of enforcement action {@code actionId}, as the browser saves it. */
    public StreamedContent warningLetter(long actionId) {
        return pdf(documents.warningLetter(actionId), "warning-letter-" + actionId + ".pdf");
    }

    /** The end-of-programme report as the referral stands, with the comments entered on the page. */
    public StreamedContent endOfProgrammeReport() {
        if (facilitatorComments != null && facilitatorComments.length() > ProgrammeDocuments.COMMENTS_LENGTH) {
            feedback.error(new InvalidFieldException("facilitatorComments", "The comments are at most "
                    + ProgrammeDocuments.COMMENTS_LENGTH + " characters"));
            return null;
        }
        return pdf(documents.endOfProgrammeReport(id, facilitatorComments), "end-of-programme-report-" + id + ".pdf");
    }

    private static StreamedContent pdf(byte[] content, String fileName) {
        return DefaultStreamedContent.builder().name(fileName).contentType("application/pdf")
                .stream(() -> new ByteArrayInputStream(content)).build();
    }

    /**
     * The steps the referral's status allows that the signed-in user's role may take; taking it on is
     * offered only while no probation officer or YOT worker answers for it (the service checks too).
     */
    public List<ReferralStep> getSteps() {
        ReferralView referral = record.referral();
        return ReferralStep.allowed(referral.status(), referral.programmeId() != null).stream()
                .filter(allowed -> switch (allowed) {
                    case PROGRAMME, ALLOCATION -> roles.isProgrammeTeam();
                    case TAKE_ON -> roles.isCaseWorker() && !record.takenOn();
                    case ASSIGN_CASE_WORKER -> roles.isCaseWorkerAssigner();
                    default -> roles.isReferrer();
                })
                .toList();
    }

    /** Its case worker, a manager or an administrator resolves a breach referral or task (the service checks too). */
    public boolean isEnforcementResolver() {
        return roles.isCaseWorkerAssigner() || (roles.isEnforcementResolver() && record.referral().caseWorker()
                .equals(FacesContext.getCurrentInstance().getExternalContext().getRemoteUser()));
    }

    public List<NotCompletedReason> getNotCompletedReasons() {
        return List.of(NotCompletedReason.values());
    }

    /** The support offered to the mother or parent alongside his referral: never who she is. */
    public List<ReferralSupportView> getSupport() {
        return support;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ReferralRecord getRecord() {
        return record;
    }

    /** The step whose form is open; null when none is. */
    public ReferralStep getStep() {
        return step;
    }

    public StepEntry getEntry() {
        return entry;
    }

    public List<ReferralRecord.Place> getPlaces() {
        return places;
    }

    public List<ProgrammeView> getProgrammes() {
        return programmes;
    }

    /** The probation officers and YOT workers a manager may assign, while that step's form is open. */
    public List<StaffView> getCaseWorkers() {
        return caseWorkers;
    }

    public String getFacilitatorComments() {
        return facilitatorComments;
    }

    public void setFacilitatorComments(String facilitatorComments) {
        this.facilitatorComments = facilitatorComments;
    }

    /** True once a step was refused because someone else changed the referral first. */
    public boolean isConflict() {
        return conflict;
    }

    /** What the open step's form holds; each step uses the fields it needs. */
    public static class StepEntry implements Serializable {

        private static final long serialVersionUID = 1L;

        private LocalDate on;
        private Boolean suitable;
        private String reason;
        private Long cohortId;
        private Long programmeId;
        private NotCompletedReason notCompletedReason;
        private String note;
        private String caseWorker;

        StepEntry(LocalDate today) {
            this.on = today;
        }

        public LocalDate getOn() {
            return on;
        }

        public void setOn(LocalDate on) {
            this.on = on;
        }

        public Boolean getSuitable() {
            return suitable;
        }

        public void setSuitable(Boolean suitable) {
            this.suitable = suitable;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }

        public Long getCohortId() {
            return cohortId;
        }

        public void setCohortId(Long cohortId) {
            this.cohortId = cohortId;
        }

        public Long getProgrammeId() {
            return programmeId;
        }

        public void setProgrammeId(Long programmeId) {
            this.programmeId = programmeId;
        }

        public NotCompletedReason getNotCompletedReason() {
            return notCompletedReason;
        }

        public void setNotCompletedReason(NotCompletedReason notCompletedReason) {
            this.notCompletedReason = notCompletedReason;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }

        public String getCaseWorker() {
            return caseWorker;
        }

        public void setCaseWorker(String caseWorker) {
            this.caseWorker = caseWorker;
        }
    }
}
