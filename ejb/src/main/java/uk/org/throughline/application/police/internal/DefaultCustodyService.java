package uk.org.throughline.application.police.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import uk.org.throughline.application.audit.AuditTrail;
import uk.org.throughline.application.caseload.CaseloadAccess;
import uk.org.throughline.application.police.ArrestForm;
import uk.org.throughline.application.police.ArrestView;
import uk.org.throughline.application.police.CustodyResultForm;
import uk.org.throughline.application.police.CustodyService;
import uk.org.throughline.application.police.PolicePermissions;
import uk.org.throughline.application.police.VoluntaryInterviewForm;
import uk.org.throughline.application.police.VoluntaryInterviewView;
import uk.org.throughline.application.shared.OptimisticLock;
import uk.org.throughline.application.victim.internal.VictimAccess;
import uk.org.throughline.domain.model.audit.AuditAction;
import uk.org.throughline.domain.model.incident.Arrest;
import uk.org.throughline.domain.model.incident.Incident;
import uk.org.throughline.domain.model.incident.VoluntaryInterview;
import uk.org.throughline.domain.shared.InvalidFieldException;
import uk.org.throughline.domain.shared.UkDate;
import uk.org.throughline.infrastructure.persistence.CustodyRepository;
import uk.org.throughline.infrastructure.persistence.IncidentRepository;
import uk.org.throughline.infrastructure.persistence.PersonRepository;
import uk.org.throughline.infrastructure.persistence.UnitOfWork;

/**
 * Arrests, custody results and voluntary interviews: police and admin record them, managers read
 * them. No other role reads them; should one, a bail condition's wording reaches a perpetrator-facing
 * reader only where police marked it shareable. One transaction per method, with its audit row.
 */
@Stateless
public class DefaultCustodyService implements CustodyService {

    private static final String ARREST = "Arrest";
    private static final String VOLUNTARY_INTERVIEW = "VoluntaryInterview";

    @Inject
    private Clock clock;

    @Inject
    private CustodyRepository custody;

    @Inject
    private IncidentRepository incidents;

    @Inject
    private PersonRepository people;

    @Inject
    private UnitOfWork unitOfWork;

    @EJB
    private AuditTrail audit;

    @EJB
    private CaseloadAccess caseload;

    @Resource
    private SessionContext session;

    @Override
    @RolesAllowed(PolicePermissions.RECORD)
    public ArrestView recordArrest(ArrestForm form) {
        Instant now = clock.instant();
        Incident incident = incidentOf(form.incidentId());
        Arrest arrest = new Arrest(incident, form.personId(), form.custodyRecordNumber(),
                UkDate.instant(form.arrestedAt()), form.station(), now);
        custody.add(arrest);
        String personName = people.displayName(arrest.personId());
        audit.record(AuditAction.CREATE, ARREST, String.valueOf(arrest.id()),
                "Recorded the arrest of " + personName + " for incident " + incident.reference(), null);
        return PoliceMapping.arrestView(arrest, personName, UkDate.dayOf(now), VictimAccess.textReader(session));
    }

    @Override
    @RolesAllowed(PolicePermissions.RECORD)
    public ArrestView recordCustodyResult(long arrestId, long expectedVersion, CustodyResultForm form) {
        Instant now = clock.instant();
        Arrest arrest = custody.getArrest(arrestId);
        String personName = people.displayName(arrest.personId());
        String description = "The arrest of " + personName;
        OptimisticLock.require(arrest.version(), expectedVersion, description);
        arrest.recordCustodyResult(form.result(), form.decidedOn(), PoliceMapping.bailConditions(form),
                UkDate.dayOf(now), now);
        unitOfWork.write(description);
        audit.record(AuditAction.UPDATE, ARREST, String.valueOf(arrestId), "Recorded the custody result \""
                + form.result().label() + "\" for " + personName + " (incident " + arrest.incident().reference() + ")",
                null);
        return PoliceMapping.arrestView(arrest, personName, UkDate.dayOf(now), VictimAccess.textReader(session));
    }

    @Override
    @RolesAllowed(PolicePermissions.RECORD)
    public VoluntaryInterviewView recordVoluntaryInterview(VoluntaryInterviewForm form) {
        Instant now = clock.instant();
        Incident incident = incidentOf(form.incidentId());
        VoluntaryInterview interview = new VoluntaryInterview(incident, form.personId(),
                UkDate.instant(form.interviewedAt()), form.location(), now);
        custody.add(interview);
        String personName = people.displayName(interview.personId());
        audit.record(AuditAction.CREATE, VOLUNTARY_INTERVIEW, String.valueOf(interview.id()),
                "Recorded the voluntary interview of " + personName + " for incident " + incident.reference(), null);
        return PoliceMapping.voluntaryInterviewView(interview, personName);
    }

    @Override
    @RolesAllowed(PolicePermissions.READ_CUSTODY)
    public ArrestView viewArrest(long arrestId) {
        Arrest arrest = custody.getArrest(arrestId);
        caseload.requireRead(arrest.personId());
        String personName = people.displayName(arrest.personId());
        audit.record(AuditAction.VIEW, ARREST, String.valueOf(arrestId),
                "Viewed the arrest of " + personName + " (incident " + arrest.incident().reference() + ")", null);
        return PoliceMapping.arrestView(arrest, personName, UkDate.today(clock), VictimAccess.textReader(session));
    }

    @Override
    @RolesAllowed(PolicePermissions.READ_CUSTODY)
    public VoluntaryInterviewView viewVoluntaryInterview(long interviewId) {
        VoluntaryInterview interview = custody.getVoluntaryInterview(interviewId);
        caseload.requireRead(interview.personId());
        String personName = people.displayName(interview.personId());
        audit.record(AuditAction.VIEW, VOLUNTARY_INTERVIEW, String.valueOf(interviewId),
                "Viewed the voluntary interview of " + personName + " (incident " + interview.incident().reference()
                        + ")", null);
        return PoliceMapping.voluntaryInterviewView(interview, personName);
    }

    private Incident incidentOf(long incidentId) {
        return incidents.find(incidentId).orElseThrow(() -> new InvalidFieldException("incidentId",
                "There is no incident " + incidentId + ": choose a recorded incident"));
    }
}
