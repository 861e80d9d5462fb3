package uk.org.throughline.interfaces.police.web;

import jakarta.faces.event.ComponentSystemEvent;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.org.throughline.application.police.CourtCaseView;
import uk.org.throughline.application.police.CourtForms.HearingForm;
import uk.org.throughline.application.police.CourtForms.PleaForm;
import uk.org.throughline.application.police.CourtForms.RequirementEntry;
import uk.org.throughline.application.police.CourtForms.RestrainingOrderForm;
import uk.org.throughline.application.police.CourtForms.SentenceForm;
import uk.org.throughline.application.police.CourtForms.VerdictForm;
import uk.org.throughline.application.police.DisposalService;
import uk.org.throughline.application.police.DisposalView;
import uk.org.throughline.domain.model.disposal.CourtCaseStage;
import uk.org.throughline.domain.model.disposal.Plea;
import uk.org.throughline.domain.model.disposal.RequirementType;
import uk.org.throughline.domain.model.disposal.SentenceType;
import uk.org.throughline.domain.model.disposal.Verdict;
import uk.org.throughline.interfaces.shared.web.Feedback;

/**
 * The court case a charge opened ({@code ?id=}): its hearings, plea, verdict, sentence and whether a
 * restraining order was made. Police record each step in its own form on the page, offered only
 * when the case has reached it; each carries the version read on opening.
 */
@Named
@ViewScoped
public class ViewCourtCase implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DisposalService disposals;

    @Inject
    Feedback feedback;

    private Long id;
    private CourtCaseView courtCase;
    private DisposalView charge;

    private LocalDate hearingDate;
    private String court;
    private String result;
    private Plea plea;
    private LocalDate pleadedOn;
    private Verdict verdict;
    private LocalDate verdictOn;
    private SentenceType sentenceType;
    private LocalDate sentencedOn;
    private LocalDate sentenceEndsOn;
    private final List<RequirementRow> requirements = new ArrayList<>();
    private LocalDate restrainingOrderMadeOn;

    public void load() {
        courtCase = disposals.viewCourtCase(id);
        charge = disposals.view(courtCase.disposalId());
        addRequirement();
    }

    /** Listens for the hearing form's postValidate event: see {@link Feedback#checkWholeForm}. */
    public void checkHearing(ComponentSystemEvent event) {
        feedback.checkWholeForm(event, this::hearingForm);
    }

    public void checkPlea(ComponentSystemEvent event) {
        feedback.checkWholeForm(event, this::pleaForm);
    }

    public void checkVerdict(ComponentSystemEvent event) {
        feedback.checkWholeForm(event, this::verdictForm);
    }

    public void checkSentence(ComponentSystemEvent event) {
        feedback.checkWholeForm(event, this::sentenceForm);
    }

    public String addHearing() {
        if (!feedback.valid(hearingForm())) {
            return null;
        }
        disposals.addHearing(id, courtCase.version(), hearingForm());
        return saved("Hearing added");
    }

    public String recordPlea() {
        if (!feedback.valid(pleaForm())) {
            return null;
        }
        disposals.recordPlea(id, courtCase.version(), pleaForm());
        return saved("Plea recorded");
    }

    public String recordVerdict() {
        if (!feedback.valid(verdictForm())) {
            return null;
        }
        disposals.recordVerdict(id, courtCase.version(), verdictForm());
        return saved("Verdict recorded");
    }

    public String recordSentence() {
        if (!feedback.valid(sentenceForm())) {
            return null;
        }
        disposals.recordSentence(id, courtCase.version(), sentenceForm());
        return saved("Sentence recorded");
    }

    public String recordRestrainingOrder() {
        RestrainingOrderForm form = new RestrainingOrderForm(restrainingOrderMadeOn);
        if (!feedback.valid(form)) {
            return null;
        }
        disposals.recordRestrainingOrderMade(id, courtCase.version(), form);
        return saved("Restraining order recorded as made");
    }

    private HearingForm hearingForm() {
        return new HearingForm(hearingDate, court, result);
    }

    private PleaForm pleaForm() {
        return new PleaForm(plea, pleadedOn);
    }

    private VerdictForm verdictForm() {
        return new VerdictForm(verdict, verdictOn);
    }

    /** Requirement rows go with a sentence that can have requirements, and are ignored otherwise. */
    private SentenceForm sentenceForm() {
        List<RequirementEntry> entries = sentenceType != null && sentenceType.allowsRequirements()
                ? requirements.stream().map(RequirementRow::toEntry).toList()
                : List.of();
        return new SentenceForm(sentenceType, sentencedOn, sentenceEndsOn, entries);
    }

    private String saved(String message) {
        feedback.flash(message);
        return PolicePages.courtCase(id);
    }

    public boolean isPleaOpen() {
        return courtCase.stage() == CourtCaseStage.AWAITING_PLEA || courtCase.stage() == CourtCaseStage.AWAITING_TRIAL;
    }

    public boolean isSentenceOpen() {
        return courtCase.stage() == CourtCaseStage.AWAITING_SENTENCE;
    }

    /** A restraining order is made on conviction or acquittal, once. */
    public boolean isRestrainingOrderOpen() {
        return courtCase.verdict() != null && courtCase.restrainingOrderMadeOn() == null;
    }

    public void addRequirement() {
        requirements.add(new RequirementRow());
    }

    public void removeRequirement(int index) {
        requirements.remove(index);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public CourtCaseView getCourtCase() {
        return courtCase;
    }

    /** The charge that opened the case. */
    public DisposalView getCharge() {
        return charge;
    }

    public LocalDate getHearingDate() {
        return hearingDate;
    }

    public void setHearingDate(LocalDate hearingDate) {
        this.hearingDate = hearingDate;
    }

    public String getCourt() {
        return court;
    }

    public void setCourt(String court) {
        this.court = court;
    }

    public String getResult() {
        return result;
    }

    public void setResult(String result) {
        this.result = result;
    }

    public Plea getPlea() {
        return plea;
    }

    public void setPlea(Plea plea) {
        this.plea = plea;
    }

    public LocalDate getPleadedOn() {
        return pleadedOn;
    }

    public void setPleadedOn(LocalDate pleadedOn) {
        this.pleadedOn = pleadedOn;
    }

    public Verdict getVerdict() {
        return verdict;
    }

    public void setVerdict(Verdict verdict) {
        this.verdict = verdict;
    }

    public LocalDate getVerdictOn() {
        return verdictOn;
    }

    public void setVerdictOn(LocalDate verdictOn) {
        this.verdictOn = verdictOn;
    }

    public SentenceType getSentenceType() {
        return sentenceType;
    }

    public void setSentenceType(SentenceType sentenceType) {
        this.sentenceType = sentenceType;
    }

    public LocalDate getSentencedOn() {
        return sentencedOn;
    }

    public void setSentencedOn(LocalDate sentencedOn) {
        this.sentencedOn = sentencedOn;
    }

    public LocalDate getSentenceEndsOn() {
        return sentenceEndsOn;
    }

    public void setSentenceEndsOn(LocalDate sentenceEndsOn) {
        this.sentenceEndsOn = sentenceEndsOn;
    }

    public List<RequirementRow> getRequirements() {
        return requirements;
    }

    public LocalDate getRestrainingOrderMadeOn() {
        return restrainingOrderMadeOn;
    }

    public void setRestrainingOrderMadeOn(LocalDate restrainingOrderMadeOn) {
        this.restrainingOrderMadeOn = restrainingOrderMadeOn;
    }

    /** A requirement of a community order or suspended sentence, such as an accredited programme. */
    public static class RequirementRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private RequirementType type;
        private String detail;
        private boolean detailShareable;

        RequirementEntry toEntry() {
            return new RequirementEntry(type, detail, detailShareable);
        }

        public RequirementType getType() {
            return type;
        }

        public void setType(RequirementType type) {
            this.type = type;
        }

        public String getDetail() {
            return detail;
        }

        public void setDetail(String detail) {
            this.detail = detail;
        }

        public boolean isDetailShareable() {
            return detailShareable;
        }

        public void setDetailShareable(boolean detailShareable) {
            this.detailShareable = detailShareable;
        }
    }
}
