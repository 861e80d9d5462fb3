package uk.org.throughline.application.victim.internal;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import uk.org.throughline.application.alert.internal.AlertRecipients;
import uk.org.throughline.application.alert.internal.Alerts;
import uk.org.throughline.application.audit.AuditTrail;
import uk.org.throughline.application.order.OrderBreached;
import uk.org.throughline.application.police.IncidentRecorded;
import uk.org.throughline.application.programme.DisclosureRaised;
import uk.org.throughline.application.programme.ProgrammeEnded;
import uk.org.throughline.application.programme.ProgrammeStarted;
import uk.org.throughline.application.programme.ReferralMade;
import uk.org.throughline.application.programme.SessionMissed;
import uk.org.throughline.application.risk.MaracReferralMade;
import uk.org.throughline.application.risk.RiskRoseToHigh;
import uk.org.throughline.application.victim.PerpetratorsLinked;
import uk.org.throughline.domain.model.alert.AlertKind;
import uk.org.throughline.domain.model.alert.Recipient;
import uk.org.throughline.domain.model.attendance.AttendanceMark;
import uk.org.throughline.domain.model.attendance.AttendanceRecord;
import uk.org.throughline.domain.model.audit.AuditAction;
import uk.org.throughline.domain.model.calendar.BankHolidays;
import uk.org.throughline.domain.model.incident.Incident;
import uk.org.throughline.domain.model.incident.Involvement;
import uk.org.throughline.domain.model.incident.InvolvementRole;
import uk.org.throughline.domain.model.order.CivilOrder;
import uk.org.throughline.domain.model.order.OrderBreach;
import uk.org.throughline.domain.model.order.ProtectedRole;
import uk.org.throughline.domain.model.programme.ProgrammeReferral;
import uk.org.throughline.domain.model.victim.PartnerContactPlan;
import uk.org.throughline.domain.model.victim.PartnerContactTimescales;
import uk.org.throughline.domain.model.victim.VictimRecord;
import uk.org.throughline.domain.shared.UkDate;
import uk.org.throughline.infrastructure.persistence.IncidentRepository;
import uk.org.throughline.infrastructure.persistence.OrderRepository;
import uk.org.throughline.infrastructure.persistence.PersonRepository;
import uk.org.throughline.infrastructure.persistence.ProgrammeRepository;
import uk.org.throughline.infrastructure.persistence.ReferralRepository;
import uk.org.throughline.infrastructure.persistence.SessionRepository;
import uk.org.throughline.infrastructure.persistence.VictimRepository;

/**
 * What victim safety does when something happens to a perpetrator or a victim: it observes the events
 * the other contexts fire, in the transaction of the event: a referral opens a partner-contact plan for each victim linked to him; his start,
 * completion or exit brings a contact forward; and the workers concerned get alerts. The victim's
 * worker is sent to her record; the workers with him, to his referral or record.
 */
@ApplicationScoped
public class VictimSafetyEvents {

    private static final String VICTIM = "VictimRecord";
    private static final String REFERRAL = "ProgrammeReferral";

    @Inject
    private VictimRepository victims;

    @Inject
    private PersonRepository people;

    @Inject
    private ProgrammeRepository programmes;

    @Inject
    private ReferralRepository referrals;

    @Inject
    private OrderRepository orders;

    @Inject
    private IncidentRepository incidents;

    @Inject
    private SessionRepository sessions;

    @Inject
    private AlertRecipients recipients;

    @Inject
    private Alerts alerts;

    @EJB
    private AuditTrail audit;

    /** A perpetrator was referred (by any route, a caution's condition included): a plan for each of his victims. */
    void referralMade(@Observes ReferralMade made) {
        ProgrammeReferral referral = referrals.get(made.referralId());
        victims.victimsOf(referral.personId()).forEach(victim -> openPlan(victim, referral, made.at()));
    }

    /**
     * Her record was opened or her perpetrators changed: a plan for each open referral of theirs she
     * has none for yet, so a perpetrator referred before she was linked to him is not missed.
     */
    void perpetratorsLinked(@Observes PerpetratorsLinked linked) {
        VictimRecord victim = victims.getByPerson(linked.victimPersonId());
        victim.perpetrators().forEach(link -> referrals.openOf(link.perpetratorPersonId())
                .forEach(referral -> openPlan(victim, referral, linked.at())));
    }

    private void openPlan(VictimRecord victim, ProgrammeReferral referral, Instant now) {
        if (victims.plansFor(referral).stream().anyMatch(plan -> plan.victim().id().equals(victim.id()))) {
            return;
        }
        PartnerContactPlan plan = new PartnerContactPlan(victim, referral, programmes.bankHolidays(),
                PartnerContactTimescales.from(System::getProperty), now);
        victims.addPlan(plan);
        audit.record(AuditAction.CREATE, "PartnerContactPlan", String.valueOf(plan.id()),
                "Opened a partner-contact plan for " + people.displayName(victim.personId()) + " as "
                        + people.displayName(referral.personId()) + " was referred to " + referral.programmeName(),
                null);
        alerts.raise(AlertKind.PARTNER_CONTACT_DUE, List.of(recipients.supporting(victim)), victim.personId(),
                VICTIM, victim.personId(), people.displayName(referral.personId()) + " was referred to "
                        + referral.programmeName() + " on " + UkDate.format(referral.referredOn()) + ": offer "
                        + people.displayName(victim.personId()) + " partner contact" + plan.support()
                                .map(support -> " and " + support.label().toLowerCase(Locale.UK)).orElse("") + ".",
                plan.nextContactDue().orElse(null));
    }

    /** His first session: a contact is due soon after. */
    void programmeStarted(@Observes ProgrammeStarted started) {
        perpetratorEvent(referrals.get(started.referralId()), "He started the programme", started.on(), started.at());
    }

    /** He completed the programme or left it without completing: contacts due and alerts for everyone. */
    void programmeEnded(@Observes ProgrammeEnded ended) {
        ProgrammeReferral referral = referrals.get(ended.referralId());
        boolean completed = ended.completed();
        LocalDate on = ended.on();
        String perpetrator = people.displayName(referral.personId());
        String what = completed ? "completed " + referral.programmeName()
                : "left " + referral.programmeName() + " without completing it";
        perpetratorEvent(referral, completed ? "He completed the programme"
                : "He left the programme without completing it", on, ended.at());
        tellEveryone(referral, completed ? AlertKind.PROGRAMME_COMPLETED : AlertKind.PROGRAMME_EXIT,
                perpetrator + " " + what + " on " + UkDate.format(on) + ".");
    }

    /**
     * A late arrival, leaving early or an absence saved in the register, or a mark changed from one of those.
     * Her partner-contact worker hears of every one (Respect Standard), with what it was until now when it
     * was judged or corrected; the workers with him hear, as before, of an absence without reasonable excuse.
     * Neither message says anything about her.
     */
    void sessionMissed(@Observes SessionMissed missed) {
        AttendanceRecord record = attendanceRecord(missed.sessionId(), missed.attendanceRecordId());
        ProgrammeReferral referral = record.referral();
        String perpetrator = people.displayName(referral.personId());
        String where = record.session().describe() + " of \"" + record.session().cohort().name() + "\" ("
                + referral.programmeName() + ")";
        AttendanceMark mark = record.mark();
        if (mark == AttendanceMark.ABSENT_UNACCEPTABLE) {
            alerts.raise(AlertKind.MISSED_SESSION, recipients.workingWith(referral), referral.personId(), REFERRAL,
                    referral.id(), perpetrator + " was recorded as \"" + record.line().describeMark() + "\" at "
                            + where + ".", null);
        }
        Optional<AttendanceMark> replaced = record.markReplaced();
        AlertKind kind = mark.absent() ? AlertKind.MISSED_SESSION
                : mark.toldToPartnerContact() ? AlertKind.LATE_OR_LEFT_EARLY : AlertKind.ATTENDANCE_CORRECTED;
        String message = perpetrator + " at " + where + ": " + mark.asToldToPartnerContact()
                + replaced.map(before -> " (until now: " + before.asToldToPartnerContact() + ").").orElse(".");
        victims.victimsOf(referral.personId()).forEach(victim -> alerts.raise(kind,
                List.of(recipients.supporting(victim)), victim.personId(), VICTIM, victim.personId(), message, null));
    }

    /** A disclosure or concern flagged on a register line. */
    void disclosureRaised(@Observes DisclosureRaised raised) {
        AttendanceRecord record = attendanceRecord(raised.sessionId(), raised.attendanceRecordId());
        ProgrammeReferral referral = record.referral();
        tellEveryone(referral, AlertKind.DISCLOSURE_IN_SESSION, "A disclosure or concern was raised about "
                + people.displayName(referral.personId()) + " at " + record.session().describe() + " of \""
                + record.session().cohort().name() + "\" (" + referral.programmeName() + ").");
    }

    /**
     * A new incident: each suspect's offender manager and the workers with him on a programme hear of it
     * (that he is a suspect, not who else was there), and the partner-contact worker of each victim involved
     * or linked to a suspect hears who was involved, once per victim.
     */
    void incidentRecorded(@Observes IncidentRecorded recorded) {
        Incident incident = incidents.get(recorded.incidentId());
        String heading = "New incident " + incident.reference() + " on " + UkDate.format(incident.occurredOn());
        String message = heading + ": " + incident.involvements().stream()
                        .map(involvement -> people.displayName(involvement.personId()) + " ("
                                + involvement.role().label().toLowerCase(Locale.UK) + ")")
                        .collect(Collectors.joining(", ")) + ".";
        Map<Long, VictimRecord> victimsConcerned = new LinkedHashMap<>();
        for (Involvement involvement : incident.involvements()) {
            long personId = involvement.personId();
            victims.findByPerson(personId).ifPresent(victim -> victimsConcerned.put(victim.id(), victim));
            if (involvement.role() == InvolvementRole.SUSPECT) {
                alerts.raise(AlertKind.NEW_INCIDENT, recipients.responsibleFor(personId), personId, "Incident",
                        incident.id(), heading + ": " + people.displayName(personId) + " is a suspect.", null);
                victims.victimsOf(personId).forEach(victim -> victimsConcerned.put(victim.id(), victim));
            }
        }
        victimsConcerned.values().forEach(victim -> alerts.raise(AlertKind.NEW_INCIDENT,
                List.of(recipients.supporting(victim)), victim.personId(), VICTIM, victim.personId(), message, null));
    }

    /**
     * Her risk rose to high: her worker (the MARAC coordinator's side) hears the score and what to
     * consider; the workers with each man linked to her hear only the level, which they may see.
     */
    void riskRoseToHigh(@Observes RiskRoseToHigh rise) {
        String victimName = people.displayName(rise.personId());
        alerts.raise(AlertKind.RISK_RISING_TO_HIGH, List.of(recipients.supporting(rise.personId())), rise.personId(),
                VICTIM, rise.personId(), victimName + "'s risk rose to high (" + rise.basis()
                        + "): consider a MARAC referral and review her safety plan.", null);
        Set<Recipient> withHim = new LinkedHashSet<>();
        victims.findByPerson(rise.personId()).ifPresent(victim -> victim.perpetrators().forEach(link ->
                withHim.addAll(recipients.workingWith(link.perpetratorPersonId()))));
        alerts.raise(AlertKind.RISK_RISING_TO_HIGH, withHim, rise.personId(), VICTIM, rise.personId(),
                "The risk to " + victimName + " is now high.", null);
    }

    /** She was referred to MARAC: her worker, who prepares for the meeting (MARAC is not shared with his workers here). */
    void referredToMarac(@Observes MaracReferralMade referral) {
        alerts.raise(AlertKind.MARAC_REFERRAL, List.of(recipients.supporting(referral.personId())),
                referral.personId(), VICTIM, referral.personId(), people.displayName(referral.personId())
                        + " was referred to MARAC" + (referral.repeat() ? " (a repeat referral within 12 months)." : "."),
                null);
    }

    private AttendanceRecord attendanceRecord(long sessionId, long attendanceRecordId) {
        return sessions.get(sessionId).attendance().stream()
                .filter(record -> record.id() == attendanceRecordId)
                .findFirst().orElseThrow();
    }

    /**
     * A civil order was breached: the respondent's offender manager and the workers with him on his
     * programmes, and each protected victim's partner-contact worker (the partner-contact queue for a victim
     * with no record yet).
     */
    void orderBreached(@Observes OrderBreached breached) {
        OrderBreach breach = orders.getBreach(breached.orderId(), breached.breachId());
        CivilOrder order = breach.order();
        String message = people.displayName(order.respondentId()) + " breached the " + order.type().name()
                + " on " + UkDate.format(UkDate.dayOf(breach.occurredAt())) + " (police action: "
                + breach.policeAction().label().toLowerCase(Locale.UK) + ").";
        alerts.raise(AlertKind.ORDER_BREACH, recipients.responsibleFor(order.respondentId()), order.respondentId(),
                "CivilOrder", order.id(), message, null);
        order.protectedPersons().stream()
                .filter(protectedPerson -> protectedPerson.role() == ProtectedRole.VICTIM)
                .forEach(protectedPerson -> alerts.raise(AlertKind.ORDER_BREACH,
                        List.of(recipients.supporting(protectedPerson.personId())), protectedPerson.personId(),
                        VICTIM, protectedPerson.personId(), message, null));
    }

    private void perpetratorEvent(ProgrammeReferral referral, String event, LocalDate on, Instant now) {
        List<PartnerContactPlan> plans = victims.plansFor(referral);
        if (plans.isEmpty()) {
            return;
        }
        BankHolidays holidays = programmes.bankHolidays();
        PartnerContactTimescales timescales = PartnerContactTimescales.from(System::getProperty);
        plans.forEach(plan -> plan.perpetratorEvent(event, on, holidays, timescales, now));
    }

    /** The workers with him get an alert linking to his referral; each victim's worker one linking to her. */
    private void tellEveryone(ProgrammeReferral referral, AlertKind kind, String message) {
        alerts.raise(kind, recipients.workingWith(referral), referral.personId(), REFERRAL, referral.id(), message,
                null);
        victims.victimsOf(referral.personId()).forEach(victim -> alerts.raise(kind,
                List.of(recipients.supporting(victim)), victim.personId(), VICTIM, victim.personId(), message, null));
    }
}
