package uk.org.throughline.interfaces.programme.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import uk.org.throughline.application.person.PersonIndex;
import uk.org.throughline.application.person.PersonView;
import uk.org.throughline.application.police.PersonChronology;
import uk.org.throughline.application.programme.ProgrammePermissions;
import uk.org.throughline.application.programme.ProgrammeView;
import uk.org.throughline.application.programme.ReferralForms.ReferralForm;
import uk.org.throughline.application.programme.ReferralService;
import uk.org.throughline.application.programme.ReferralView;
import uk.org.throughline.domain.model.programme.CriterionResult;
import uk.org.throughline.domain.model.programme.IneligibleForProgrammeException;
import uk.org.throughline.domain.model.programme.ProgrammeExclusion;
import uk.org.throughline.domain.model.programme.ReferralRoute;
import uk.org.throughline.domain.model.programme.RiskLevel;
import uk.org.throughline.domain.shared.InvalidFieldException;
import uk.org.throughline.interfaces.security.web.SignedInRoles;
import uk.org.throughline.interfaces.shared.web.DateDisplay;
import uk.org.throughline.interfaces.shared.web.Feedback;

/**
 * "Make a programme referral", from a person's page ({@code ?person=}): from a court order
 * requirement (naming one of the person's sentenced court cases), children's social care (with
 * the child-protection plan), the YOT or the person themselves. A referral the programme's
 * criteria refuse is shown with each failed criterion named; a manager or administrator may then
 * refer with a reason. Making it leads to the referral's page.
 */
@Named
@ViewScoped
public class MakeReferral implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Every route but the caution's, which the caution makes itself. */
    private static final List<ReferralRoute> ROUTES = List.of(ReferralRoute.COURT_ORDER,
            ReferralRoute.CHILDRENS_SOCIAL_CARE, ReferralRoute.YOUTH_OFFENDING_TEAM, ReferralRoute.VOLUNTARY);

    @Inject
    DateDisplay dates;

    @Inject
    ReferralService referrals;

    @Inject
    PersonIndex personIndex;

    @Inject
    PersonChronology personChronology;

    @Inject
    ProgrammeRoles roles;

    @Inject
    Feedback feedback;

    private Long personId;
    private PersonView person;
    private List<ProgrammeView> programmes = List.of();
    private List<PersonChronology.Entry> sentences = List.of();
    private List<CriterionResult> failedCriteria = List.of();

    private Long programmeId;
    private ReferralRoute route;
    private LocalDate referredOn;
    private Long courtCaseId;
    private String childProtectionPlanReference;
    private String caseWorker;
    private Integer youngestChildAge;
    private boolean regularContactWithChild;
    private RiskLevel riskLevel;
    private ProgrammeExclusion[] exclusions = {};
    private String eligibilityOverrideReason;

    /**
     * Reads the person, the catalogue and the person's sentences; a case worker refers as themselves.
     * Roles that may not refer are refused (403) before anything is read.
     */
    /** The form starts at today. */
    @PostConstruct
    void startToday() {
        referredOn = dates.today();
    }

    public void load() {
        roles.requireReferrer();
        person = personIndex.view(personId);
        programmes = referrals.programmes();
        sentences = personChronology.forPerson(personId).stream()
                .filter(entry -> entry.kind() == PersonChronology.Kind.SENTENCE)
                .toList();
        if (SignedInRoles.may(ProgrammePermissions.CASE_WORKER)) {
            caseWorker = FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
        }
    }

    public String refer() {
        ReferralForm form = new ReferralForm(programmeId, personId, route, referredOn, courtCaseId,
                childProtectionPlanReference, caseWorker, youngestChildAge, regularContactWithChild, riskLevel,
                Set.of(exclusions), eligibilityOverrideReason);
        if (!feedback.valid(form)) {
            return null;
        }
        ReferralView referral;
        try {
            referral = referrals.refer(form);
        } catch (IneligibleForProgrammeException e) {
            feedback.error(e);
            failedCriteria = e.failures();
            return null;
        } catch (InvalidFieldException e) {
            feedback.error(e);
            return null;
        }
        feedback.flash("Referral to " + referral.programmeName() + " received");
        return ViewReferral.referralPage(referral.id());
    }

    public List<ReferralRoute> getRoutes() {
        return ROUTES;
    }

    public RiskLevel[] getRiskLevels() {
        return RiskLevel.values();
    }

    public ProgrammeExclusion[] getExclusionChoices() {
        return ProgrammeExclusion.values();
    }

    public Long getPersonId() {
        return personId;
    }

    public void setPersonId(Long personId) {
        this.personId = personId;
    }

    /** Null when the address named no person. */
    public PersonView getPerson() {
        return person;
    }

    public List<ProgrammeView> getProgrammes() {
        return programmes;
    }

    /** The person's sentences, each naming its court case: the orders a court-order referral can name. */
    public List<PersonChronology.Entry> getSentences() {
        return sentences;
    }

    /** The criteria the last attempt failed; empty until a referral is refused. */
    public List<CriterionResult> getFailedCriteria() {
        return failedCriteria;
    }

    public Long getProgrammeId() {
        return programmeId;
    }

    public void setProgrammeId(Long programmeId) {
        this.programmeId = programmeId;
    }

    public ReferralRoute getRoute() {
        return route;
    }

    public void setRoute(ReferralRoute route) {
        this.route = route;
    }

    public LocalDate getReferredOn() {
        return referredOn;
    }

    public void setReferredOn(LocalDate referredOn) {
        this.referredOn = referredOn;
    }

    public Long getCourtCaseId() {
        return courtCaseId;
    }

    public void setCourtCaseId(Long courtCaseId) {
        this.courtCaseId = courtCaseId;
    }

    public String getChildProtectionPlanReference() {
        return childProtectionPlanReference;
    }

    public void setChildProtectionPlanReference(String childProtectionPlanReference) {
        this.childProtectionPlanReference = childProtectionPlanReference;
    }

    public String getCaseWorker() {
        return caseWorker;
    }

    public void setCaseWorker(String caseWorker) {
        this.caseWorker = caseWorker;
    }

    public Integer getYoungestChildAge() {
        return youngestChildAge;
    }

    public void setYoungestChildAge(Integer youngestChildAge) {
        this.youngestChildAge = youngestChildAge;
    }

    public boolean isRegularContactWithChild() {
        return regularContactWithChild;
    }

    public void setRegularContactWithChild(boolean regularContactWithChild) {
        this.regularContactWithChild = regularContactWithChild;
    }

    public RiskLevel getRiskLevel() {
        return riskLevel;
    }

    public void setRiskLevel(RiskLevel riskLevel) {
        this.riskLevel = riskLevel;
    }

    public ProgrammeExclusion[] getExclusions() {
        return exclusions;
    }

    public void setExclusions(ProgrammeExclusion[] exclusions) {
        this.exclusions = exclusions;
    }

    public String getEligibilityOverrideReason() {
        return eligibilityOverrideReason;
    }

    public void setEligibilityOverrideReason(String eligibilityOverrideReason) {
        this.eligibilityOverrideReason = eligibilityOverrideReason;
    }
}
