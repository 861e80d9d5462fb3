package uk.org.throughline.interfaces.caution.web;

import jakarta.faces.event.ComponentSystemEvent;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import uk.org.throughline.application.person.PersonIndex;
import uk.org.throughline.application.person.PersonView;
import uk.org.throughline.application.police.ArrestView;
import uk.org.throughline.application.police.CautionSchemeView;
import uk.org.throughline.application.police.CautionView;
import uk.org.throughline.application.police.ConditionalCautionService;
import uk.org.throughline.application.police.CustodyService;
import uk.org.throughline.application.police.EligibilityView;
import uk.org.throughline.application.police.IncidentService;
import uk.org.throughline.application.police.IncidentView;
import uk.org.throughline.application.police.VoluntaryInterviewView;
import uk.org.throughline.domain.model.caution.CautionType;
import uk.org.throughline.domain.model.caution.ConditionType;
import uk.org.throughline.domain.model.caution.IneligibleForCautionException;
import uk.org.throughline.domain.model.incident.InvolvementRole;
import uk.org.throughline.interfaces.police.web.PoliceRecording;
import uk.org.throughline.interfaces.shared.UkDates;
import uk.org.throughline.interfaces.shared.web.DateDisplay;
import uk.org.throughline.interfaces.shared.web.Feedback;

/**
 * "Give a conditional caution", opened from an incident's arrest ({@code ?arrest=}) or voluntary
 * interview ({@code ?interview=}). The officer checks the case against the scheme's rules first
 * and sees each one passed or failed; where some failed, the caution can still be given with a
 * recorded reason. Giving it leads to the caution's page.
 */
@Named
@ViewScoped
public class GiveCaution implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The scheme offered first: Northamptonshire's diversion scheme for domestic abuse. */
    private static final String DEFAULT_SCHEME = "Project PIPA";

    /** Offered an adult caution from this age (Criminal Justice Act 2003 s.22); the service decides. */
    private static final int ADULT_AGE = 18;

    @Inject
    DateDisplay dates;

    @Inject
    ConditionalCautionService cautions;

    @Inject
    CustodyService custody;

    @Inject
    IncidentService incidents;

    @Inject
    PersonIndex personIndex;

    @Inject
    PoliceRecording recording;

    @Inject
    Feedback feedback;

    @Inject
    CautionChoices choices;

    private Long arrest;
    private Long interview;
    private ArrestView arrestView;
    private VoluntaryInterviewView interviewView;
    private IncidentView incident;
    private PersonView offender;
    private List<CautionSchemeView> schemes = List.of();
    private CautionEntry entry;
    private EligibilityView eligibility;

    /** Reads the arrest or interview, its incident and the offender, and fills in what is usually so. */
    public void load() {
        recording.require();
        long incidentId;
        long personId;
        if (arrest != null) {
            arrestView = custody.viewArrest(arrest);
            incidentId = arrestView.incidentId();
            personId = arrestView.personId();
        } else if (interview != null) {
            interviewView = custody.viewVoluntaryInterview(interview);
            incidentId = interviewView.incidentId();
            personId = interviewView.personId();
        } else {
            return;
        }
        incident = incidents.view(incidentId);
        offender = personIndex.view(personId);
        schemes = cautions.schemes();
        entry = new CautionEntry(arrest, arrest == null ? interview : null);
        fillInDefaults();
    }

    private void fillInDefaults() {
        LocalDate today = dates.today();
        boolean adult = offender.dateOfBirth() == null || UkDates.ageOn(offender.dateOfBirth(), today) >= ADULT_AGE;
        entry.setCautionType(adult ? CautionType.ADULT : CautionType.YOUTH);
        schemes.stream().filter(scheme -> scheme.name().equals(DEFAULT_SCHEME)).findFirst()
                .or(() -> schemes.stream().findFirst())
                .ifPresent(scheme -> entry.setSchemeId(scheme.id()));
        if (incident.offences().size() == 1) {
            entry.setOffenceIndex(incident.offences().get(0).index());
        }
        entry.setCautionedOn(today);
        entry.setComplianceDeadline(today.plusWeeks(choices.getTimescales().complianceWeeks()));
        addProgrammeCondition();
    }

    /** Listens for the form's postValidate event: see {@link Feedback#checkWholeForm}. */
    public void checkWholeForm(ComponentSystemEvent event) {
        feedback.checkWholeForm(event, entry::toForm);
    }

    public void checkEligibility() {
        if (feedback.valid(entry.toForm())) {
            eligibility = cautions.assessEligibility(entry.toForm());
        }
    }

    public String give() {
        if (!feedback.valid(entry.toForm())) {
            return null;
        }
        try {
            CautionView caution = cautions.give(entry.toForm());
            feedback.flash("Conditional caution given");
            return ViewCaution.cautionPage(caution.id());
        } catch (IneligibleForCautionException e) {
            feedback.error(e);
            eligibility = cautions.assessEligibility(entry.toForm());
            return null;
        }
    }

    /** A rehabilitative condition attends the chosen scheme's programme, which receives a referral. */
    public void addProgrammeCondition() {
        CautionEntry.Condition condition = new CautionEntry.Condition(ConditionType.REHABILITATIVE);
        String programme = schemes.stream().filter(scheme -> Objects.equals(scheme.id(), entry.getSchemeId()))
                .findFirst()
                .map(CautionSchemeView::programmeName).orElse(null);
        condition.setProgrammeName(programme);
        condition.setDescription(programme == null ? null : "Attend and complete " + programme);
        entry.getConditions().add(condition);
    }

    public void addRestrictiveCondition() {
        entry.getConditions().add(new CautionEntry.Condition(ConditionType.RESTRICTIVE));
    }

    public void addFinancialPenalty() {
        entry.getConditions().add(new CautionEntry.Condition(ConditionType.FINANCIAL_PENALTY));
    }

    /** Unpaid work or attendance at a specified place, in hours: 20 in all at most. */
    public void addHoursCondition(ConditionType type) {
        entry.getConditions().add(new CautionEntry.Condition(type));
    }

    public void removeCondition(int index) {
        entry.getConditions().remove(index);
    }

    /** The victims named on the incident, whose views the officer must record (names only, never addresses). */
    public List<IncidentView.Involved> getVictims() {
        return incident.people().stream().filter(person -> person.role() == InvolvementRole.VICTIM).toList();
    }

    public Long getArrest() {
        return arrest;
    }

    public void setArrest(Long arrest) {
        this.arrest = arrest;
    }

    public Long getInterview() {
        return interview;
    }

    public void setInterview(Long interview) {
        this.interview = interview;
    }

    public ArrestView getArrestView() {
        return arrestView;
    }

    public VoluntaryInterviewView getInterviewView() {
        return interviewView;
    }

    /** Null when the address named neither an arrest nor an interview. */
    public IncidentView getIncident() {
        return incident;
    }

    public PersonView getOffender() {
        return offender;
    }

    public List<CautionSchemeView> getSchemes() {
        return schemes;
    }

    public CautionEntry getEntry() {
        return entry;
    }

    /** Null until the officer has checked eligibility (or giving found rules failed). */
    public EligibilityView getEligibility() {
        return eligibility;
    }
}
