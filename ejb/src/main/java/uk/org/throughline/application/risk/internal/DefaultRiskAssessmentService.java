package uk.org.throughline.application.risk.internal;

import uk.org.throughline.application.caseload.CaseloadAccess;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import uk.org.throughline.application.audit.AuditTrail;
import uk.org.throughline.application.risk.MaracSuggestionView;
import uk.org.throughline.application.risk.RiskAssessmentService;
import uk.org.throughline.application.risk.RiskAssessmentView;
import uk.org.throughline.application.risk.RiskForms.AssessmentForm;
import uk.org.throughline.application.risk.RiskHistoryView;
import uk.org.throughline.application.risk.RiskLevelView;
import uk.org.throughline.application.risk.RiskPermissions;
import uk.org.throughline.application.risk.RiskRoseToHigh;
import uk.org.throughline.domain.model.audit.AuditAction;
import uk.org.throughline.domain.model.person.Person;
import uk.org.throughline.domain.model.risk.RiskAssessment;
import uk.org.throughline.domain.model.risk.RiskHistory;
import uk.org.throughline.domain.shared.InvalidFieldException;
import uk.org.throughline.domain.shared.UkDate;
import uk.org.throughline.infrastructure.persistence.PersonRepository;
import uk.org.throughline.infrastructure.persistence.RiskRepository;

/**
 * DASH assessments. Partner-contact workers, police, managers and administrators record and read
 * them; every role may read the current level. One transaction per method with its audit row.
 */
@Stateless
public class DefaultRiskAssessmentService implements RiskAssessmentService {

    private static final String ASSESSMENT = "RiskAssessment";

    @Inject
    private Clock clock;

    @Resource
    private SessionContext session;

    @Inject
    private RiskRepository risks;

    @Inject
    private PersonRepository people;

    @Inject
    private VictimRisk victimRisk;

    @Inject
    private Event<RiskRoseToHigh> riskRoseToHigh;

    @EJB
    private AuditTrail audit;

    @EJB
    private CaseloadAccess caseload;

    @Override
    @RolesAllowed(RiskPermissions.ASSESS)
    public RiskAssessmentView record(AssessmentForm form) {
        Instant now = clock.instant();
        LocalDate today = UkDate.dayOf(now);
        Person person = people.getActive(form.personId());
        requireHerIncident(person, form.incidentId());
        RiskHistory before = victimRisk.history(person.id());
        RiskAssessment assessment = risks.add(new RiskAssessment(form.details(),
                session.getCallerPrincipal().getName(), today, now));
        boolean roseToHigh = before.risesToHigh(assessment.level());
        MaracSuggestionView suggestion = victimRisk.suggestion(person.id(), today);
        audit.record(AuditAction.CREATE, ASSESSMENT, String.valueOf(assessment.id()), "Recorded a DASH assessment of "
                + person.displayName() + ": score " + assessment.score() + ", "
                + assessment.level().label().toLowerCase(Locale.UK) + " risk"
                + (assessment.judgedLevel() == null ? "" : " by professional judgement") + ". " + suggestion.text(),
                assessment.judgementReason());
        if (roseToHigh) {
            riskRoseToHigh.fire(new RiskRoseToHigh(person.id(), (assessment.judgedLevel() != null
                    ? "by professional judgement, DASH score " : "DASH score ") + assessment.score()));
        }
        return RiskMapping.assessmentView(assessment, person.displayName(), roseToHigh, suggestion);
    }

    @Override
    @RolesAllowed(RiskPermissions.ASSESS)
    public RiskAssessmentView view(long assessmentId) {
        RiskAssessment assessment = risks.assessment(assessmentId);
        caseload.requireRead(assessment.personId());
        String personName = people.displayName(assessment.personId());
        audit.record(AuditAction.VIEW, ASSESSMENT, String.valueOf(assessmentId), "Viewed the DASH assessment of "
                + personName + " of " + UkDate.format(assessment.assessedOn()), null);
        return RiskMapping.assessmentView(assessment, personName, false, null);
    }

    @Override
    @RolesAllowed(RiskPermissions.ASSESS)
    public List<RiskAssessmentView> assessmentsOf(long personId) {
        Person person = people.getActive(personId);
        caseload.requireRead(personId);
        List<RiskAssessment> assessments = risks.assessmentsOf(personId);
        audit.record(AuditAction.VIEW, "RiskHistory", String.valueOf(personId), "Listed the "
                + assessments.size() + " DASH assessments of " + person.displayName(), null);
        List<RiskAssessmentView> newestFirst = new ArrayList<>(assessments.stream()
                .map(assessment -> RiskMapping.assessmentView(assessment, person.displayName(), false, null))
                .toList());
        Collections.reverse(newestFirst);
        return newestFirst;
    }

    @Override
    @RolesAllowed(RiskPermissions.ASSESS)
    public RiskHistoryView history(long personId) {
        Person person = people.getActive(personId);
        caseload.requireRead(personId);
        audit.record(AuditAction.VIEW, "RiskHistory", String.valueOf(personId), "Viewed the risk history of "
                + person.displayName(), null);
        return victimRisk.historyView(personId, person.displayName());
    }

    @Override
    @RolesAllowed(RiskPermissions.READ_LEVEL)
    public RiskLevelView currentLevel(long personId) {
        Person person = people.getActive(personId);
        caseload.requireReadAboutVictimOfTheirMan(personId);
        audit.record(AuditAction.VIEW, "RiskLevel", String.valueOf(personId), "Viewed the current risk level of "
                + person.displayName(), null);
        return victimRisk.history(personId).current()
                .map(entry -> new RiskLevelView(personId, person.displayName(), entry.level(), entry.on()))
                .orElse(new RiskLevelView(personId, person.displayName(), null, null));
    }

    /** An assessment that follows an incident follows one where she was the victim. */
    private void requireHerIncident(Person person, Long incidentId) {
        if (incidentId != null && victimRisk.incidentsAsVictim(person.id()).stream()
                .noneMatch(incident -> incident.id().equals(incidentId))) {
            throw new InvalidFieldException("incidentId", "Incident " + incidentId + " is not one where "
                    + person.displayName() + " is recorded as the victim");
        }
    }
}
