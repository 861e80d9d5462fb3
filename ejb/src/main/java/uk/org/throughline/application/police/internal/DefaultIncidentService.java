package uk.org.throughline.application.police.internal;

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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import uk.org.throughline.application.audit.AuditTrail;
import uk.org.throughline.application.caseload.CaseloadAccess;
import uk.org.throughline.application.police.IncidentForm;
import uk.org.throughline.application.police.IncidentRecorded;
import uk.org.throughline.application.police.IncidentService;
import uk.org.throughline.application.police.IncidentView;
import uk.org.throughline.application.police.PolicePermissions;
import uk.org.throughline.application.police.SuspectDealings;
import uk.org.throughline.application.risk.RiskRoseToHigh;
import uk.org.throughline.application.risk.internal.VictimRisk;
import uk.org.throughline.application.shared.OptimisticLock;
import uk.org.throughline.application.victim.internal.VictimAccess;
import uk.org.throughline.domain.model.audit.AuditAction;
import uk.org.throughline.domain.model.caution.ConditionalCaution;
import uk.org.throughline.domain.model.disposal.Disposal;
import uk.org.throughline.domain.model.incident.Arrest;
import uk.org.throughline.domain.model.incident.DashLevel;
import uk.org.throughline.domain.model.incident.Incident;
import uk.org.throughline.domain.model.incident.IncidentDetails;
import uk.org.throughline.domain.model.incident.Involvement;
import uk.org.throughline.domain.model.incident.InvolvementRole;
import uk.org.throughline.domain.model.incident.PersonallyConnected;
import uk.org.throughline.domain.model.incident.PoliceReference;
import uk.org.throughline.domain.model.incident.SuspectContact;
import uk.org.throughline.domain.model.incident.VoluntaryInterview;
import uk.org.throughline.domain.model.person.Person;
import uk.org.throughline.domain.shared.InvalidFieldException;
import uk.org.throughline.domain.shared.UkDate;
import uk.org.throughline.infrastructure.persistence.CautionRepository;
import uk.org.throughline.infrastructure.persistence.CustodyRepository;
import uk.org.throughline.infrastructure.persistence.DisposalRepository;
import uk.org.throughline.infrastructure.persistence.IncidentRepository;
import uk.org.throughline.infrastructure.persistence.PersonRepository;
import uk.org.throughline.infrastructure.persistence.UnitOfWork;

/**
 * Incidents. Police and admin record them; partner-contact workers may read them because they
 * involve the victims they support, and managers read them without where they happened (often the
 * victim's home) or the account. One transaction per method, with its audit row.
 */
@Stateless
public class DefaultIncidentService implements IncidentService {

    private static final String RECORD_TYPE = "Incident";

    @Inject
    private Clock clock;

    @Resource
    private SessionContext session;

    @Inject
    private IncidentRepository incidents;

    @Inject
    private PersonRepository people;

    @Inject
    private CustodyRepository custody;

    @Inject
    private DisposalRepository disposals;

    @Inject
    private CautionRepository cautions;

    @Inject
    private UnitOfWork unitOfWork;

    @Inject
    private Event<IncidentRecorded> incidentRecorded;

    @Inject
    private VictimRisk victimRisk;

    @Inject
    private Event<RiskRoseToHigh> riskRoseToHigh;

    @EJB
    private AuditTrail audit;

    @EJB
    private CaseloadAccess caseload;

    @Override
    @RolesAllowed(PolicePermissions.RECORD)
    public IncidentView record(IncidentForm form) {
        Instant now = clock.instant();
        IncidentDetails details = checkedDetails(form, null, now);
        List<Long> belowHigh = victimsBelowHigh(details);
        Incident incident = new Incident(details, now);
        incidents.add(incident);
        incidentRecorded.fire(new IncidentRecorded(incident.id()));
        fireRiseToHigh(belowHigh, incident);
        audit.record(AuditAction.CREATE, RECORD_TYPE, String.valueOf(incident.id()),
                "Recorded incident " + incident.reference(), null);
        return PoliceMapping.incidentView(incident, people::displayName, true);
    }

    @Override
    @RolesAllowed(PolicePermissions.RECORD)
    public IncidentView update(long incidentId, long expectedVersion, IncidentForm form) {
        Instant now = clock.instant();
        Incident incident = incidents.get(incidentId);
        String description = "Incident " + incident.reference();
        OptimisticLock.require(incident.version(), expectedVersion, description);
        IncidentDetails corrected = checkedDetails(form, incident, now);
        List<SuspectContact> dealings = new ArrayList<>(custody.arrestsFor(incidentId));
        dealings.addAll(custody.voluntaryInterviewsFor(incidentId));
        incident.requireCorrectionKeeps(corrected, dealings,
                cautions.cautionsFor(incidentId).stream().map(ConditionalCaution::offence).toList(),
                people::displayName);
        List<Long> belowHigh = victimsBelowHigh(corrected);
        incident.correct(corrected, now);
        unitOfWork.write(description);
        fireRiseToHigh(belowHigh, incident);
        audit.record(AuditAction.UPDATE, RECORD_TYPE, String.valueOf(incidentId),
                "Updated incident " + incident.reference(), null);
        return PoliceMapping.incidentView(incident, people::displayName, true);
    }

    /** The incident's victims not at high risk before it is saved. */
    private List<Long> victimsBelowHigh(IncidentDetails details) {
        return details.involvements().stream()
                .filter(involvement -> involvement.role() == InvolvementRole.VICTIM)
                .map(Involvement::personId)
                .filter(victim -> victimRisk.history(victim).risesToHigh(DashLevel.HIGH))
                .toList();
    }

    /** Those whose risk is now high because of the level police recorded at this incident's scene. */
    private void fireRiseToHigh(List<Long> belowHighBefore, Incident incident) {
        belowHighBefore.stream()
                .filter(victim -> victimRisk.history(victim).current().filter(entry -> entry.atScene()
                        && incident.id().equals(entry.incidentId()) && entry.level() == DashLevel.HIGH).isPresent())
                .forEach(victim -> riskRoseToHigh.fire(new RiskRoseToHigh(victim,
                        "recorded by police at the scene of " + incident.reference())));
    }

    @Override
    @RolesAllowed(PolicePermissions.READ_INCIDENTS)
    public IncidentView view(long incidentId) {
        Incident incident = incidents.get(incidentId);
        requireReadOfEveryoneIn(incident);
        audit.record(AuditAction.VIEW, RECORD_TYPE, String.valueOf(incidentId),
                "Viewed incident " + incident.reference(), null);
        return toView(incident);
    }

    @Override
    @RolesAllowed(PolicePermissions.READ_CUSTODY)
    public SuspectDealings suspectDealings(long incidentId) {
        Incident incident = incidents.get(incidentId);
        requireReadOfEveryoneIn(incident);
        LocalDate today = UkDate.today(clock);
        List<Arrest> arrests = custody.arrestsFor(incidentId);
        List<VoluntaryInterview> interviews = custody.voluntaryInterviewsFor(incidentId);
        List<Disposal> outcomes = disposals.disposalsFor(incidentId);
        Map<Long, String> names = people.displayNames(Stream.of(
                arrests.stream().map(Arrest::personId),
                interviews.stream().map(VoluntaryInterview::personId),
                outcomes.stream().map(Disposal::personId)).flatMap(ids -> ids).toList());
        Map<Long, Long> cautionByDisposal = cautions.cautionsFor(incidentId).stream()
                .collect(Collectors.toMap(caution -> caution.disposal().id(), ConditionalCaution::id));
        SuspectDealings dealings = new SuspectDealings(
                arrests.stream()
                        .map(arrest -> PoliceMapping.arrestView(arrest, names.get(arrest.personId()), today,
                                VictimAccess.textReader(session)))
                        .toList(),
                interviews.stream()
                        .map(interview -> PoliceMapping.voluntaryInterviewView(interview,
                                names.get(interview.personId())))
                        .toList(),
                outcomes.stream()
                        .map(disposal -> PoliceMapping.disposalView(disposal, names.get(disposal.personId()),
                                cautionByDisposal.get(disposal.id())))
                        .toList());
        audit.record(AuditAction.VIEW, RECORD_TYPE, String.valueOf(incidentId), "Viewed how the suspects of incident "
                + incident.reference() + " were dealt with: " + dealings.arrests().size() + " arrests, "
                + dealings.interviews().size() + " voluntary interviews, " + dealings.disposals().size() + " outcomes",
                null);
        return dealings;
    }

    @Override
    @RolesAllowed(PolicePermissions.READ_INCIDENTS)
    public Optional<IncidentView> findByPoliceReference(String policeReference) {
        PoliceReference reference = PoliceReference.parse(policeReference);
        Optional<Incident> found = incidents.findByReference(reference);
        found.ifPresent(this::requireReadOfEveryoneIn);
        audit.record(AuditAction.SEARCH, RECORD_TYPE, found.map(incident -> String.valueOf(incident.id())).orElse(null),
                "Looked up incident " + reference + (found.isPresent() ? "" : " (not found)"), null);
        return found.map(this::toView);
    }

    /** An incident is the record of everyone in it: a restricted person's closes it to those it excludes. */
    private void requireReadOfEveryoneIn(Incident incident) {
        caseload.requireRead(incident.involvements().stream().map(Involvement::personId).toList());
    }

    /**
     * The form as incident details, once its people are on the index and its reference is not another
     * incident's ({@code current} is the incident being corrected, null for a new one).
     */
    private IncidentDetails checkedDetails(IncidentForm form, Incident current, Instant now) {
        IncidentDetails details = PoliceMapping.incidentDetails(form, UkDate.dayOf(now));
        details.involvements().forEach(involvement -> {
            if (people.find(involvement.personId()).filter(person -> !person.isRetired()).isEmpty()) {
                throw new InvalidFieldException("people", "Person " + involvement.personId()
                        + " is not on the index (or was merged into another record): choose them again");
            }
        });
        if (details.relationship() != null && details.occurredAt() != null) {
            PersonallyConnected.requireAgesFit(details.relationship(), details.involvements(),
                    UkDate.dayOf(details.occurredAt()), id -> people.find(id).map(Person::dateOfBirth),
                    people::displayName);
        }
        incidents.findByReference(details.reference())
                .filter(other -> current == null || !other.id().equals(current.id()))
                .ifPresent(other -> {
                    throw new InvalidFieldException("policeReference", "Incident " + other.reference()
                            + " is already recorded: open it to correct it, or check the reference");
                });
        return details;
    }

    /** The incident as the caller may read it: where it happened and the account only if their work needs them. */
    private IncidentView toView(Incident incident) {
        boolean placeAndAccountReadable = session.isCallerInRole(PolicePermissions.READ_PLACE_AND_ACCOUNT);
        return PoliceMapping.incidentView(incident, people::displayName, placeAndAccountReadable);
    }
}
