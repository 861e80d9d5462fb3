package uk.org.throughline.application.police.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import uk.org.throughline.application.audit.AuditTrail;
import uk.org.throughline.application.caseload.CaseloadAccess;
import uk.org.throughline.application.police.PersonChronology;
import uk.org.throughline.application.police.PolicePermissions;
import uk.org.throughline.application.victim.internal.VictimAccess;
import uk.org.throughline.domain.model.audit.AuditAction;
import uk.org.throughline.domain.model.caution.ComplianceStatus;
import uk.org.throughline.domain.model.caution.ConditionalCaution;
import uk.org.throughline.domain.model.disposal.CourtCase;
import uk.org.throughline.domain.model.disposal.Disposal;
import uk.org.throughline.domain.model.disposal.Plea;
import uk.org.throughline.domain.model.incident.AbuseType;
import uk.org.throughline.domain.model.incident.Arrest;
import uk.org.throughline.domain.model.incident.Incident;
import uk.org.throughline.domain.model.incident.Involvement;
import uk.org.throughline.domain.model.incident.VoluntaryInterview;
import uk.org.throughline.domain.model.person.Person;
import uk.org.throughline.domain.shared.PoliceText.Reader;
import uk.org.throughline.domain.shared.UkDate;
import uk.org.throughline.infrastructure.persistence.CautionRepository;
import uk.org.throughline.infrastructure.persistence.CustodyRepository;
import uk.org.throughline.infrastructure.persistence.DisposalRepository;
import uk.org.throughline.infrastructure.persistence.IncidentRepository;
import uk.org.throughline.infrastructure.persistence.PersonRepository;

/**
 * A person's police history as one timeline. Each role sees what it may read elsewhere: police,
 * admin and managers everything; probation and YOT the outcomes, court cases and cautions;
 * partner-contact workers the incidents (they involve the victims they support); programme
 * facilitators nothing yet. Incident entries never show where it happened, which may be a victim's home;
 * police's wording of conditions and notes reaches perpetrator-facing roles only where marked shareable.
 */
@Stateless
public class DefaultPersonChronology implements PersonChronology {

    private static final String INCIDENT = "Incident";
    private static final String ARREST = "Arrest";
    private static final String COURT_CASE = "CourtCase";
    private static final String CAUTION = "ConditionalCaution";

    @Resource
    private SessionContext session;

    @Inject
    private PersonRepository people;

    @Inject
    private IncidentRepository incidents;

    @Inject
    private CustodyRepository custody;

    @Inject
    private DisposalRepository disposals;

    @Inject
    private CautionRepository cautions;

    @EJB
    private AuditTrail audit;

    @EJB
    private CaseloadAccess caseload;

    @Override
    @RolesAllowed(PolicePermissions.READ_CHRONOLOGY)
    public List<Entry> forPerson(long personId) {
        Person person = people.getActive(personId);
        caseload.requireRead(personId);
        Reader reader = VictimAccess.textReader(session);
        List<Entry> entries = new ArrayList<>();
        if (session.isCallerInRole(PolicePermissions.READ_INCIDENTS)) {
            incidents.involving(personId).forEach(incident -> entries.add(incidentEntry(incident, personId)));
        }
        if (session.isCallerInRole(PolicePermissions.READ_CUSTODY)) {
            custody.arrestsOf(personId).forEach(arrest -> addArrest(entries, arrest, reader));
            custody.voluntaryInterviewsOf(personId).forEach(interview -> entries.add(interviewEntry(interview)));
        }
        if (session.isCallerInRole(PolicePermissions.READ_OUTCOMES)) {
            disposals.disposalsOf(personId).forEach(disposal -> entries.add(disposalEntry(disposal)));
            disposals.courtCasesOf(personId).forEach(courtCase -> addCourtCase(entries, courtCase, reader));
            cautions.cautionsOf(personId).forEach(caution -> addCaution(entries, caution, reader));
        }
        entries.sort(Comparator.comparing(Entry::date)
                .thenComparing(Entry::time, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Entry::kind)
                .thenComparingLong(Entry::recordId));
        audit.record(AuditAction.VIEW, "Person", String.valueOf(personId),
                "Viewed the police chronology of " + person.displayName() + " (" + entries.size() + " entries)", null);
        return entries;
    }

    private static Entry incidentEntry(Incident incident, long personId) {
        String roles = incident.involvements().stream()
                .filter(involvement -> involvement.personId() == personId)
                .map(Involvement::role)
                .sorted()
                .map(role -> role.label().toLowerCase(Locale.UK))
                .collect(Collectors.joining(" and "));
        String abuse = incident.abuseTypes().stream()
                .sorted()
                .map(AbuseType::label)
                .collect(Collectors.joining(", "));
        return new Entry(incident.occurredOn(), localTime(incident.occurredAt()), Kind.INCIDENT,
                capitalised(roles) + " in incident " + incident.reference() + ": " + abuse
                        + (incident.childrenPresent() ? "; children present" : "") + "; DASH "
                        + incident.dashLevel().label().toLowerCase(Locale.UK),
                INCIDENT, incident.id());
    }

    private static void addArrest(List<Entry> entries, Arrest arrest, Reader reader) {
        String result = arrest.custodyResult() == null ? "in custody, no result recorded"
                : arrest.custodyResult().label() + " on " + UkDate.format(arrest.resultOn());
        entries.add(new Entry(arrest.date(), localTime(arrest.arrestedAt()), Kind.ARREST, "Arrested for incident "
                + arrest.incident().reference() + ", taken to " + arrest.station() + " (custody record "
                + arrest.custodyRecordNumber() + "): " + result, ARREST, arrest.id()));
        arrest.bailConditions().forEach(condition -> entries.add(new Entry(condition.imposedOn(), null,
                Kind.BAIL_CONDITION, condition.wording().readBy(reader) + ", until "
                        + UkDate.format(condition.expiresOn())
                        + (condition.liftedOn() == null ? "" : " (lifted " + UkDate.format(condition.liftedOn()) + ")"),
                ARREST, arrest.id())));
    }

    private static Entry interviewEntry(VoluntaryInterview interview) {
        return new Entry(interview.date(), localTime(interview.interviewedAt()), Kind.VOLUNTARY_INTERVIEW,
                "Interviewed under caution at " + interview.location() + " for incident "
                        + interview.incident().reference(),
                "VoluntaryInterview", interview.id());
    }

    private static Entry disposalEntry(Disposal disposal) {
        return new Entry(disposal.decidedOn(), null, Kind.DISPOSAL, disposal.outcomeType().codeAndLabel()
                + " (" + disposal.decisionMaker().label() + ", incident " + disposal.incident().reference() + "): "
                + disposal.reason(), "Disposal", disposal.id());
    }

    private static void addCourtCase(List<Entry> entries, CourtCase courtCase, Reader reader) {
        long id = courtCase.id();
        courtCase.hearings().forEach(hearing -> entries.add(new Entry(hearing.hearingDate(), null, Kind.COURT_HEARING,
                hearing.court() + ": " + (hearing.result() == null ? "listed" : hearing.result()), COURT_CASE, id)));
        if (courtCase.plea() != null) {
            entries.add(new Entry(courtCase.pleadedOn(), null, Kind.PLEA, "Pleaded "
                    + courtCase.plea().label().toLowerCase(Locale.UK), COURT_CASE, id));
        }
        // a guilty plea is the conviction: a verdict entry would only repeat it
        if (courtCase.verdict() != null && courtCase.plea() != Plea.GUILTY) {
            entries.add(new Entry(courtCase.verdictOn(), null, Kind.VERDICT, "Verdict: " + courtCase.verdict().label(),
                    COURT_CASE, id));
        }
        if (courtCase.sentenceType() != null) {
            String requirements = courtCase.requirements().stream()
                    .map(r -> r.type().label()
                            + (r.detail().text() == null ? "" : " (" + r.detail().readBy(reader) + ")"))
                    .collect(Collectors.joining(", "));
            entries.add(new Entry(courtCase.sentencedOn(), null, Kind.SENTENCE, courtCase.sentenceType().label()
                    + (courtCase.sentenceEndsOn() == null ? "" : " until " + UkDate.format(courtCase.sentenceEndsOn()))
                    + (requirements.isEmpty() ? "" : ": " + requirements), COURT_CASE, id));
        }
        if (courtCase.restrainingOrderMadeOn() != null) {
            entries.add(new Entry(courtCase.restrainingOrderMadeOn(), null, Kind.RESTRAINING_ORDER,
                    "Restraining order made by the court", COURT_CASE, id));
        }
    }

    private static void addCaution(List<Entry> entries, ConditionalCaution caution, Reader reader) {
        long id = caution.id();
        entries.add(new Entry(caution.cautionedOn(), null, Kind.CONDITIONAL_CAUTION, caution.type().label()
                + caution.scheme().map(scheme -> " under " + scheme.name()).orElse("") + " for "
                + caution.offence().description() + ", to comply by " + UkDate.format(caution.complianceDeadline()),
                CAUTION, id));
        boolean withdrawn = caution.status() == ComplianceStatus.WITHDRAWN;
        if (withdrawn) {
            entries.add(new Entry(caution.statusChangedOn(), null, Kind.CONDITIONAL_CAUTION,
                    "Conditional caution withdrawn: " + caution.withdrawalReason(), CAUTION, id));
        }
        // once the caution is withdrawn, its withdrawn conditions would only repeat that
        caution.conditions().stream()
                .filter(condition -> condition.status() != ComplianceStatus.ACTIVE
                        && !(withdrawn && condition.status() == ComplianceStatus.WITHDRAWN))
                .forEach(condition -> entries.add(new Entry(condition.statusChangedOn(), null, Kind.CAUTION_CONDITION,
                        condition.description().readBy(reader) + ": "
                                + condition.status().label().toLowerCase(Locale.UK)
                                + (condition.statusNote().text() == null ? ""
                                        : " (" + condition.statusNote().readBy(reader) + ")"),
                        CAUTION, id)));
        if (caution.decision() != null) {
            entries.add(new Entry(caution.decidedOn(), null, Kind.NON_COMPLIANCE_DECISION, caution.decision().label()
                    + " (" + caution.decisionMaker().label() + "): " + caution.decisionReason(), CAUTION, id));
        }
    }

    private static LocalTime localTime(Instant at) {
        return LocalTime.ofInstant(at, UkDate.LONDON).withNano(0);
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.UK) + text.substring(1);
    }
}
