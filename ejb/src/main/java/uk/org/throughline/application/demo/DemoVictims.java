package uk.org.throughline.application.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.org.throughline.application.alert.internal.Alerts;
import uk.org.throughline.application.police.IncidentRecorded;
import uk.org.throughline.application.programme.SessionMissed;
import uk.org.throughline.application.victim.PerpetratorsLinked;
import uk.org.throughline.domain.model.alert.AlertKind;
import uk.org.throughline.domain.model.calendar.BankHolidays;
import uk.org.throughline.domain.model.incident.Incident;
import uk.org.throughline.domain.model.incident.Involvement;
import uk.org.throughline.domain.model.incident.InvolvementRole;
import uk.org.throughline.domain.model.person.Person;
import uk.org.throughline.domain.model.victim.Consent;
import uk.org.throughline.domain.model.victim.ContactAttempt;
import uk.org.throughline.domain.model.victim.ContactMethod;
import uk.org.throughline.domain.model.victim.ContactOutcome;
import uk.org.throughline.domain.model.victim.LinkedChild;
import uk.org.throughline.domain.model.victim.PartnerContactPlan;
import uk.org.throughline.domain.model.victim.PartnerContactTimescales;
import uk.org.throughline.domain.model.victim.PerpetratorLink;
import uk.org.throughline.domain.model.victim.ProgrammeStage;
import uk.org.throughline.domain.model.victim.VictimDetails;
import uk.org.throughline.domain.model.victim.VictimRecord;
import uk.org.throughline.domain.shared.UkDate;
import uk.org.throughline.infrastructure.persistence.IncidentRepository;
import uk.org.throughline.infrastructure.persistence.PersonRepository;
import uk.org.throughline.infrastructure.persistence.ProgrammeRepository;
import uk.org.throughline.infrastructure.persistence.SessionRepository;
import uk.org.throughline.infrastructure.persistence.VictimRepository;

/**
 * Demo victims: a victim record for every victim of the demo incidents, linked to the suspects,
 * supported by partner.demo, with invented safe contact details (phone numbers in Ofcom's range for
 * drama, 07700 900xxx). Their perpetrators' open referrals open partner-contact plans as for a
 * victim linked after her perpetrator was referred; some plans have contacts logged, some are overdue, one has two failed
 * attempts. The demo's incidents of the last month, and the late arrivals, leaving early and absences
 * of the men's registers in that month, are then replayed to the alerts, so partner.demo, probation.demo
 * and facilitator.demo find them in their inboxes.
 */
@ApplicationScoped
public class DemoVictims {

    private static final String WORKER = "partner.demo";
    private static final int RECENT_DAYS = 30;
    private static final String[] SAFE_TIMES = {"Weekdays 10:00\u201314:00, while the children are at school",
        "After 19:00 on Tuesdays and Thursdays (he is at the gym)", "Mornings before 11:00", "Any time: she is at a refuge"};
    private static final String[] CODE_WORDS = {"bluebell", "Aunt Margaret", "library books", "the dentist"};

    @Inject
    private VictimRepository victims;

    @Inject
    private IncidentRepository incidents;

    @Inject
    private ProgrammeRepository programmes;

    @Inject
    private PersonRepository people;

    @Inject
    private Event<PerpetratorsLinked> perpetratorsLinked;

    @Inject
    private Event<IncidentRecorded> incidentRecorded;

    @Inject
    private SessionRepository sessions;

    @Inject
    private Event<SessionMissed> sessionMissed;

    @Inject
    private Alerts alerts;

    /** @return how many victim records were opened */
    int load(List<Person> demoPeople, Instant now) {
        LocalDate today = UkDate.dayOf(now);
        List<VictimRecord> opened = new ArrayList<>();
        for (Person person : demoPeople) {
            Map<Long, PerpetratorLink> perpetrators = new LinkedHashMap<>();
            List<LinkedChild> children = new ArrayList<>();
            for (Incident incident : incidents.involving(person.id())) {
                if (incident.involvements().contains(new Involvement(person.id(), InvolvementRole.VICTIM))) {
                    incident.involvements().stream()
                            .filter(involvement -> involvement.role() == InvolvementRole.SUSPECT
                                    && involvement.personId() != person.id())
                            .forEach(suspect -> perpetrators.putIfAbsent(suspect.personId(),
                                    new PerpetratorLink(suspect.personId(), incident.relationship())));
                    incident.involvements().stream()
                            .filter(involvement -> involvement.role() == InvolvementRole.CHILD_PRESENT)
                            .map(child -> people.get(child.personId()))
                            .map(child -> new LinkedChild(child.displayName(), child.dateOfBirth(), today))
                            .filter(child -> !children.contains(child))
                            .forEach(children::add);
                }
            }
            if (!perpetrators.isEmpty()) {
                VictimRecord victim = new VictimRecord(person.id(), details(opened.size(), today),
                        List.copyOf(perpetrators.values()), children, today, now);
                victims.add(victim);
                opened.add(victim);
            }
        }
        opened.forEach(victim -> perpetratorsLinked.fire(new PerpetratorsLinked(victim.personId(), now)));
        logContacts(opened, today, now);
        demoPeople.forEach(person -> incidents.involving(person.id()).stream()
                .filter(incident -> incident.isSuspect(person.id())
                        && !incident.occurredOn().isBefore(today.minusDays(RECENT_DAYS)))
                .forEach(incident -> incidentRecorded.fire(new IncidentRecorded(incident.id()))));
        replayRecentAttendance(opened, today);
        return opened.size();
    }

    /**
     * The last month's register marks her worker hears of (a late arrival, leaving early, an absence)
     * for the men whose victims now have plans, replayed to the alerts as the registers would have sent them.
     */
    private void replayRecentAttendance(List<VictimRecord> opened, LocalDate today) {
        opened.stream()
                .flatMap(victim -> victims.plansOf(victim).stream())
                .map(PartnerContactPlan::referral)
                .distinct()
                .flatMap(referral -> sessions.attendanceOf(referral).stream())
                .filter(record -> record.mark().toldToPartnerContact()
                        && !record.session().sessionDate().isBefore(today.minusDays(RECENT_DAYS)))
                .forEach(record -> sessionMissed.fire(new SessionMissed(record.session().id(), record.id())));
    }

    /** Safe contact details that differ from victim to victim; every fourth is in a refuge. */
    private static VictimDetails details(int turn, LocalDate today) {
        boolean refuge = turn % 4 == 3;
        return new VictimDetails(WORKER, String.format("07700 900%03d", 120 + turn * 37), SAFE_TIMES[turn % 4],
                turn % 2 == 0, null, CODE_WORDS[turn % 4], refuge ? "Refuge (address held by the IDVA service)" : null,
                null, refuge ? "Northamptonshire" : null, null, refuge, null, false,
                turn % 5 == 4 ? Consent.NOT_ASKED : Consent.GIVEN, today.minusDays(7 + turn));
    }

    /**
     * In turn: a first contact made soon after the plan opened; none yet (so overdue); a contact made,
     * then two unanswered calls this week.
     */
    private void logContacts(List<VictimRecord> opened, LocalDate today, Instant now) {
        BankHolidays holidays = programmes.bankHolidays();
        PartnerContactTimescales timescales = PartnerContactTimescales.from(System::getProperty);
        int turn = 0;
        for (VictimRecord victim : opened) {
            for (PartnerContactPlan plan : victims.plansOf(victim)) {
                ProgrammeStage stage = ProgrammeStage.of(plan.referral().status());
                LocalDate first = holidays.addWorkingDays(plan.openedOn(), 2);
                if (turn % 3 != 1 && !first.isAfter(today)) {
                    plan.record(new ContactAttempt(first, ContactMethod.PHONE, ContactOutcome.MADE,
                            "Told him she is scared he will find out where she works",
                            "He still has a key to her home", "Locks to be changed; safety plan agreed",
                            WORKER, today, now), stage, holidays, timescales, now);
                    alerts.completeTasks(victim.personId(), AlertKind.PARTNER_CONTACT_DUE, WORKER);
                }
                if (turn % 3 == 2 && plan.closedOn() == null && today.minusDays(2).isAfter(first)) {
                    for (int daysAgo : new int[] {2, 1}) {
                        plan.record(new ContactAttempt(today.minusDays(daysAgo), ContactMethod.PHONE,
                                ContactOutcome.NO_ANSWER, null, null, "Try again at a safe time", WORKER, today, now),
                                stage, holidays, timescales, now);
                    }
                }
                turn++;
            }
        }
    }
}
