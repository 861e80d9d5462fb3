package uk.org.throughline.application.demo;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import uk.org.throughline.domain.model.attendance.AttendanceEntry;
import uk.org.throughline.domain.model.attendance.AttendanceMark;
import uk.org.throughline.domain.model.attendance.AttendanceRecord;
import uk.org.throughline.domain.model.attendance.Enforcement;
import uk.org.throughline.domain.model.attendance.ProgrammeSession;
import uk.org.throughline.domain.model.attendance.ProgrammeTimescales;
import uk.org.throughline.domain.model.attendance.SessionPattern;
import uk.org.throughline.domain.model.calendar.BankHolidays;
import uk.org.throughline.domain.model.caution.CautionType;
import uk.org.throughline.domain.model.incident.RelationshipType;
import uk.org.throughline.domain.model.person.Person;
import uk.org.throughline.domain.model.programme.Cohort;
import uk.org.throughline.domain.model.programme.NotCompletedReason;
import uk.org.throughline.domain.model.programme.Programme;
import uk.org.throughline.domain.model.programme.ProgrammeReferral;
import uk.org.throughline.domain.model.programme.ReferralDetails;
import uk.org.throughline.domain.model.programme.ReferralFacts;
import uk.org.throughline.domain.model.programme.ReferralRoute;
import uk.org.throughline.domain.model.programme.RiskLevel;
import uk.org.throughline.domain.model.victim.Consent;
import uk.org.throughline.domain.model.victim.ContactAttempt;
import uk.org.throughline.domain.model.victim.ContactMethod;
import uk.org.throughline.domain.model.victim.ContactOutcome;
import uk.org.throughline.domain.model.victim.ParentGroup;
import uk.org.throughline.domain.model.victim.ParentGroupSession;
import uk.org.throughline.domain.model.victim.PartnerContactPlan;
import uk.org.throughline.domain.model.victim.PartnerContactTimescales;
import uk.org.throughline.domain.model.victim.PerpetratorLink;
import uk.org.throughline.domain.model.victim.ProgrammeStage;
import uk.org.throughline.domain.model.victim.SupportDecision;
import uk.org.throughline.domain.model.victim.VictimDetails;
import uk.org.throughline.domain.model.victim.VictimRecord;
import uk.org.throughline.domain.shared.UkDate;
import uk.org.throughline.infrastructure.persistence.CautionRepository;
import uk.org.throughline.infrastructure.persistence.CohortRepository;
import uk.org.throughline.infrastructure.persistence.DisposalRepository;
import uk.org.throughline.infrastructure.persistence.EnforcementRepository;
import uk.org.throughline.infrastructure.persistence.ParentGroupRepository;
import uk.org.throughline.infrastructure.persistence.ProgrammeRepository;
import uk.org.throughline.infrastructure.persistence.ReferralRepository;
import uk.org.throughline.infrastructure.persistence.SessionRepository;
import uk.org.throughline.infrastructure.persistence.VictimRepository;

/**
 * The demo programme case load, run by facilitator.demo and dated back from the day it is loaded: a
 * Caring Dads group of ten fathers meeting today with its register still to take (earlier registers
 * taken), the next Caring Dads group filling up, a Caring Dads group that has held all its sessions
 * with completions to record, Project PIPA workshops for the demo cautions' referrals (one man
 * through both, two half way), YUVA one-to-one work for the youth caution and for the YOT's own
 * referral (a missed session for yot.demo to decide on), a court order's Building Better
 * Relationships with a warning for probation.demo, and referrals received, assessed, waiting,
 * allocated, in progress, completed and not completed; the mother of a Caring Dads father on the mothers'
 * support with her contacts, and a YUVA parent group with its registers. Built through the domain as
 * {@link DemoPoliceCases} is, after it, in {@link DemoData}'s transaction.
 */
@Dependent
public class DemoProgrammes {

    private static final String FACILITATOR = "facilitator.demo";
    private static final String PROBATION = "probation.demo";
    private static final String YOT = "yot.demo";
    private static final String PARTNER_CONTACT = "partner.demo";
    private static final String CARING_DADS_VENUE = "Wellingborough Family Centre, Croyland Road";
    private static final String PIPA_VENUE = "Northampton Probation Office, Campbell Square";

    @Inject
    private ProgrammeRepository programmes;

    @Inject
    private CohortRepository cohorts;

    @Inject
    private SessionRepository sessions;

    @Inject
    private ReferralRepository referrals;

    @Inject
    private CautionRepository cautions;

    @Inject
    private EnforcementRepository enforcement;

    @Inject
    private DisposalRepository courtCases;

    @Inject
    private VictimRepository victims;

    @Inject
    private ParentGroupRepository parentGroups;

    private List<Person> people;
    private LocalDate today;
    private Instant now;
    private int cohortsSetUp;
    private int planReferences;

    /** @return how many cohorts were set up */
    int load(List<Person> demoPeople, Instant loadedAt) {
        this.people = demoPeople;
        this.now = loadedAt;
        this.today = UkDate.dayOf(loadedAt);
        caringDads();
        caringDadsFinished();
        projectPipa();
        yuva();
        yuvaFromTheYot();
        buildingBetterRelationships();
        motherSupportedAlongsideCaringDads();
        parentGroupAlongsideYuva();
        return cohortsSetUp;
    }

    /**
     * Jade Taylor, the mother of Craig Taylor's children, accepted the mothers' support when he was referred
     * to Caring Dads: partner.demo has been in touch every two or three weeks since, one contact a one-to-one
     * support session, so she is supported so far.
     */
    private void motherSupportedAlongsideCaringDads() {
        Person craig = person("Taylor", "Craig");
        PartnerContactPlan plan = supportPlan(person("Taylor", "Jade"), craig,
                RelationshipType.CURRENT_INTIMATE_PARTNER, "Weekdays 09:30\u201315:00, while the children are at school");
        plan.decideSupport(SupportDecision.ACCEPTED, daysAgo(74), PARTNER_CONTACT, today, now);
        BankHolidays holidays = programmes.bankHolidays();
        PartnerContactTimescales timescales = PartnerContactTimescales.from(System::getProperty);
        Object[][] contacts = {
            {75, ContactMethod.PHONE, ProgrammeStage.NOT_STARTED, "Glad he is doing the course; worried he will use it "
                    + "to look good for the family court", "Accepted the mothers' support"},
            {40, ContactMethod.PHONE, ProgrammeStage.RUNNING, "He has been calmer at handovers", null},
            {26, ContactMethod.SUPPORT_SESSION, ProgrammeStage.RUNNING, "Talked through what the children see at "
                    + "contact; her own safety plan reviewed", "Safety plan updated"},
            {12, ContactMethod.PHONE, ProgrammeStage.RUNNING, "He shouted at her on the doorstep on Sunday",
                    "Shared with the Caring Dads facilitator as a concern, without saying where it came from"},
            {3, ContactMethod.IN_PERSON, ProgrammeStage.RUNNING, "Applied for an occupation order; feels safer", null}};
        for (Object[] contact : contacts) {
            plan.record(new ContactAttempt(daysAgo((Integer) contact[0]), (ContactMethod) contact[1],
                    ContactOutcome.MADE, (String) contact[3], null, (String) contact[4], PARTNER_CONTACT, today, now),
                    (ProgrammeStage) contact[2], holidays, timescales, now);
        }
    }

    /**
     * Abena Mensah, Kwame's mother, accepted parent support alongside his YUVA work and joined the Corby
     * parent group: three weekly sessions held with their registers taken (she missed one), the next in a
     * week.
     */
    private void parentGroupAlongsideYuva() {
        PartnerContactPlan plan = supportPlan(person("Mensah", "Abena"), person("Mensah", "Kwame"),
                RelationshipType.CHILD_UNDER_16_TO_PARENT, "Evenings after 18:00");
        plan.decideSupport(SupportDecision.ACCEPTED, daysAgo(24), PARTNER_CONTACT, today, now);
        ParentGroup group = new ParentGroup("YUVA parent group \u2013 Corby", "Corby Family Hub, Room 1",
                PARTNER_CONTACT, now);
        parentGroups.add(group);
        group.join(plan, now);
        for (int weeksAgo : new int[] {3, 2, 1}) {
            ParentGroupSession held = new ParentGroupSession(group, daysAgo(weeksAgo * 7), LocalTime.of(18, 30), now);
            parentGroups.addSession(held);
            held.takeRegister(Map.of(plan.id(), weeksAgo != 2), PARTNER_CONTACT, today, now);
        }
        parentGroups.addSession(new ParentGroupSession(group, today.plusWeeks(1), LocalTime.of(18, 30), now));
    }

    /** Her victim record, supported by partner.demo, and the plan for his open referral, offering her support. */
    private PartnerContactPlan supportPlan(Person her, Person him, RelationshipType relationship, String safeTimes) {
        VictimRecord victim = new VictimRecord(her.id(), new VictimDetails(PARTNER_CONTACT, "07700 900812", safeTimes,
                false, null, "the allotment", null, null, null, null, false, null, false, Consent.GIVEN, daysAgo(76)),
                List.of(new PerpetratorLink(him.id(), relationship)), List.of(), today, now);
        victims.add(victim);
        PartnerContactPlan plan = new PartnerContactPlan(victim, referrals.openOf(him.id()).get(0),
                programmes.bankHolidays(), PartnerContactTimescales.from(System::getProperty), now);
        victims.addPlan(plan);
        return plan;
    }

    /**
     * Today's group, meeting since six weeks ago: started before the demo was loaded (by 10:00, or at
     * midnight when loaded in the small hours) so its register can be taken at once.
     */
    private void caringDads() {
        Programme caringDads = programme("Caring Dads");
        int startHour = Math.min(10, LocalDateTime.ofInstant(now, UkDate.LONDON).getHour());
        Cohort group = cohort(caringDads, "Caring Dads Wellingborough \u2013 " + today.getDayOfWeek()
                .getDisplayName(TextStyle.FULL, Locale.UK) + " group", CARING_DADS_VENUE);
        List<ProgrammeSession> planned = schedule(group, daysAgo(42), today.getDayOfWeek(), LocalTime.of(startHour, 0));
        String[][] fathers = {{"Taylor", "Craig"}, {"Thompson", "Lee"}, {"Robinson", "Mark Anthony"},
            {"Wright", "Jamie"}, {"Khan", "Adeel"}, {"Green", "Stephen"}, {"Edwards", "Paul"}, {"Osei", "Kofi"},
            {"Hall", "Nathan"}, {"Turner", "Michael"}};
        List<ProgrammeReferral> members = Arrays.stream(fathers)
                .map(name -> caringDadsReferral(caringDads, person(name[0], name[1]), 80))
                .toList();
        members.forEach(referral -> {
            suitable(referral, 70);
            referral.addToWaitingList(daysAgo(70), PROBATION, today, now);
            group.admit(referral, List.of(), daysAgo(45), FACILITATOR, today, now);
        });
        for (ProgrammeSession session : planned) {
            if (!session.sessionDate().isBefore(today)) {
                break;
            }
            for (int i = 0; i < members.size(); i++) {
                mark(session, members.get(i), pastMark(session.number(), i));
            }
        }

        // the next group: two fathers with places, two waiting, one just referred, one not suitable
        Cohort next = cohort(caringDads, "Caring Dads Rushden \u2013 next group", "Rushden Children's Centre, "
                + "Newton Road");
        schedule(next, today.plusWeeks(3), DayOfWeek.WEDNESDAY, LocalTime.of(18, 30));
        for (String[] name : new String[][] {{"Clarke", "Ryan"}, {"Ali", "Imran"}}) {
            ProgrammeReferral referral = caringDadsReferral(caringDads, person(name[0], name[1]), 60);
            suitable(referral, 50);
            referral.addToWaitingList(daysAgo(50), PROBATION, today, now);
            next.admit(referral, List.of(), daysAgo(5), FACILITATOR, today, now);
        }
        for (String[] name : new String[][] {{"Wood", "Adam"}, {"Bailey", "Christopher"}}) {
            ProgrammeReferral referral = caringDadsReferral(caringDads, person(name[0], name[1]), 35);
            suitable(referral, 21);
            referral.addToWaitingList(daysAgo(21), PROBATION, today, now);
        }
        caringDadsReferral(caringDads, person("Williams", "Marcus"), 3);
        caringDadsReferral(caringDads, person("Walsh", "Liam Patrick"), 12)
                .assessNotSuitable("On bail for strangling his partner with her children upstairs: the risk is "
                        + "managed through MARAC first; refer again when the criminal case is decided", daysAgo(8),
                        PROBATION, today, now);
    }

    /**
     * A Thursday group that has held all 17 sessions (Thursdays: only Christmas can push one on): one
     * father's completion recorded, two who reached 80% waiting for theirs, one who fell short.
     */
    private void caringDadsFinished() {
        Programme caringDads = programme("Caring Dads");
        Cohort group = cohort(caringDads, "Caring Dads Corby \u2013 Thursday group", "Corby Family Hub, Room 3");
        List<ProgrammeSession> planned = schedule(group, daysAgo(20 * 7), DayOfWeek.THURSDAY, LocalTime.of(18, 0));
        // each father's absences, every one with a reason shown
        Map<String, Set<Integer>> absences = new LinkedHashMap<>();
        absences.put("Pearce, Dean", Set.of(9));
        absences.put("Gallagher, Shane", Set.of(4, 12));
        absences.put("Pickering, Carl", Set.of(3, 7, 15));
        absences.put("Quinn, Kieran", Set.of(2, 5, 8, 10, 13, 16));
        List<ProgrammeReferral> fathers = absences.keySet().stream().map(name -> {
            String[] parts = name.split(", ");
            ProgrammeReferral referral = caringDadsReferral(caringDads, person(parts[0], parts[1]), 170);
            suitable(referral, 160);
            group.admit(referral, List.of(), daysAgo(150), FACILITATOR, today, now);
            return referral;
        }).toList();
        List<Set<Integer>> absent = List.copyOf(absences.values());
        planned.stream().filter(session -> session.sessionDate().isBefore(today)).forEach(session -> {
            for (int i = 0; i < fathers.size(); i++) {
                mark(session, fathers.get(i), absent.get(i).contains(session.number())
                        ? entry(AttendanceMark.ABSENT_ACCEPTABLE, "Unwell; GP's note seen", null)
                        : entry(AttendanceMark.ATTENDED, null, null));
            }
        });
        ProgrammeReferral dean = fathers.get(0);
        LocalDate lastSession = planned.get(planned.size() - 1).sessionDate();
        dean.complete(caringDads.progress(AttendanceRecord.sessionsCovered(planned.stream()
                .flatMap(session -> session.attendanceOf(dean).stream()).toList())), lastSession, FACILITATOR,
                today, now);
    }

    /**
     * The demo cautions' referrals: one man through both workshops of an earlier course, two half way
     * through the current one, and the referral of the caution that was prosecuted ended. probation.demo
     * took Rajesh Patel on as case worker, so he is on his "My people"; Emeka Okafor is still answered for
     * by the officer who cautioned him, waiting to be taken on.
     */
    private void projectPipa() {
        Programme pipa = programme("Project PIPA");
        Cohort earlier = cohort(pipa, "Project PIPA Northampton \u2013 summer course", PIPA_VENUE);
        List<ProgrammeSession> workshops = schedule(earlier, daysAgo(128), daysAgo(128).getDayOfWeek(),
                LocalTime.of(18, 0));
        ProgrammeReferral rhys = cautionReferral(person("Lloyd-Davies", "Rhys"));
        suitable(rhys, 129);
        earlier.admit(rhys, List.of(), daysAgo(129), FACILITATOR, today, now);
        workshops.forEach(workshop -> mark(workshop, rhys, entry(AttendanceMark.ATTENDED, null,
                "Took part well; talked openly about what he broke and why")));
        LocalDate lastWorkshop = workshops.get(workshops.size() - 1).sessionDate();
        rhys.complete(pipa.progress(AttendanceRecord.sessionsCovered(workshops.stream()
                .flatMap(workshop -> workshop.attendanceOf(rhys).stream()).toList())), lastWorkshop, FACILITATOR,
                today, now);
        earlier.close(now);

        Cohort current = cohort(pipa, "Project PIPA Northampton \u2013 autumn course", PIPA_VENUE);
        ProgrammeSession firstWorkshop = schedule(current, daysAgo(24), daysAgo(24).getDayOfWeek(),
                LocalTime.of(18, 0)).get(0);
        ProgrammeReferral rajesh = cautionReferral(person("Patel", "Rajesh"));
        suitable(rajesh, 100);
        current.admit(rajesh, List.of(), daysAgo(30), FACILITATOR, today, now);
        rajesh.nameCaseWorker(PROBATION, daysAgo(29), PROBATION, today, now);
        ProgrammeReferral emeka = cautionReferral(person("Okafor", "Emeka"));
        suitable(emeka, 95);
        emeka.addToWaitingList(daysAgo(95), FACILITATOR, today, now);
        current.admit(emeka, List.of(), daysAgo(30), FACILITATOR, today, now);
        if (firstWorkshop.sessionDate().isBefore(today)) {
            mark(firstWorkshop, rajesh, entry(AttendanceMark.LATE, null, "Arrived 20 minutes late (bus); engaged "
                    + "once settled"));
            mark(firstWorkshop, emeka, entry(AttendanceMark.ABSENT_ACCEPTABLE, "In hospital for a planned operation; "
                    + "discharge letter seen", null));
        }

        ProgrammeReferral piotr = cautionReferral(person("Nowak", "Piotr"));
        suitable(piotr, 115);
        piotr.endNotCompleted(NotCompletedReason.BREACHED, "Attended neither workshop; the caution was prosecuted",
                daysAgo(40), FACILITATOR, today, now);
    }

    /** The youth caution's one-to-one work, a few sessions in, taken on by yot.demo. */
    private void yuva() {
        Programme yuva = programme("YUVA");
        Cohort oneToOne = cohort(yuva, "YUVA one-to-one \u2013 Jakub Kowalski", "Northampton YOT, Lower Mounts");
        List<ProgrammeSession> planned = schedule(oneToOne, daysAgo(16), daysAgo(16).getDayOfWeek(),
                LocalTime.of(16, 0));
        ProgrammeReferral jakub = cautionReferral(person("Kowalski", "Jakub"));
        suitable(jakub, 18);
        oneToOne.admit(jakub, List.of(), daysAgo(17), FACILITATOR, today, now);
        jakub.nameCaseWorker(YOT, daysAgo(17), YOT, today, now);
        planned.stream().filter(session -> session.sessionDate().isBefore(today)).forEach(session ->
                mark(session, jakub, session.number() == 2
                        ? entry(AttendanceMark.LEFT_EARLY, null, "Left after 30 minutes when we talked about the "
                                + "night of the incident; his mother collected him")
                        : entry(AttendanceMark.ATTENDED, null, null)));
    }

    /**
     * The YOT's own referral: Kwame Mensah, 15, hitting his mother, in one-to-one work that started a
     * fortnight ago. He missed last week's session without an excuse, which is a task for yot.demo.
     */
    private void yuvaFromTheYot() {
        Programme yuva = programme("YUVA");
        Person kwame = person("Mensah", "Kwame");
        ProgrammeReferral referral = ProgrammeReferral.refer(yuva, new ReferralDetails(kwame.id(),
                ReferralRoute.YOUTH_OFFENDING_TEAM, daysAgo(30), null, null, YOT),
                new ReferralFacts(CautionType.ageOn(kwame.dateOfBirth(), daysAgo(30)), kwame.gender(), null, false,
                        RiskLevel.MEDIUM, Set.of()), null, YOT, today, now);
        referrals.add(referral);
        referral.assessSuitable("Wants things to be calmer at home; his mother will join the parent sessions",
                daysAgo(26), YOT, today, now);
        Cohort oneToOne = cohort(yuva, "YUVA one-to-one \u2013 Kwame Mensah", "Corby YOT, George Street");
        List<ProgrammeSession> planned = schedule(oneToOne, daysAgo(15), daysAgo(15).getDayOfWeek(),
                LocalTime.of(16, 30));
        oneToOne.admit(referral, List.of(), daysAgo(20), FACILITATOR, today, now);
        planned.stream().filter(session -> session.sessionDate().isBefore(today)).forEach(session -> {
            if (session.number() != 2) {
                mark(session, referral, entry(AttendanceMark.ATTENDED, null, null));
                return;
            }
            AttendanceRecord missed = mark(session, referral, entry(AttendanceMark.ABSENT_UNACCEPTABLE, null,
                    "Not at home when collected; his mother did not know where he was"));
            Enforcement.respondTo(missed, List.of(), ProgrammeTimescales.DEFAULTS, session.sessionDate(), FACILITATOR,
                    now).ifPresent(enforcement::add);
        });
    }

    /**
     * The court order's programme: Daniel O'Brien's community order requires Building Better
     * Relationships. His group started a month ago; he missed the last session without an excuse,
     * so probation.demo has a warning awaiting his response, with its letter.
     */
    private void buildingBetterRelationships() {
        Programme bbr = programme("Building Better Relationships");
        Person daniel = person("O'Brien", "Daniel James");
        ProgrammeReferral referral = ProgrammeReferral.refer(bbr, new ReferralDetails(daniel.id(),
                ReferralRoute.COURT_ORDER, daysAgo(145), courtCases.courtCasesOf(daniel.id()).get(0).id(), null,
                PROBATION), new ReferralFacts(CautionType.ageOn(daniel.dateOfBirth(), daysAgo(145)), daniel.gender(),
                        null, false, RiskLevel.HIGH, Set.of()), null, PROBATION, today, now);
        referrals.add(referral);
        referral.assessSuitable("Accepts he needs to change; no current substance misuse", daysAgo(130), FACILITATOR,
                today, now);
        referral.addToWaitingList(daysAgo(130), FACILITATOR, today, now);
        Cohort group = cohort(bbr, "Building Better Relationships Northampton \u2013 evening group", PIPA_VENUE);
        List<ProgrammeSession> held = schedule(group, daysAgo(31), daysAgo(31).getDayOfWeek(), LocalTime.of(18, 0))
                .stream().filter(session -> session.sessionDate().isBefore(today)).toList();
        group.admit(referral, List.of(), daysAgo(35), FACILITATOR, today, now);
        held.forEach(session -> {
            if (session != held.get(held.size() - 1)) {
                mark(session, referral, entry(AttendanceMark.ATTENDED, null, null));
                return;
            }
            AttendanceRecord missed = mark(session, referral, entry(AttendanceMark.ABSENT_UNACCEPTABLE, null,
                    "No call, no reply to texts"));
            Enforcement.respondTo(missed, List.of(), ProgrammeTimescales.DEFAULTS, session.sessionDate(), FACILITATOR,
                    now).ifPresent(enforcement::add);
        });
    }

    /** Mostly attended; now and then late, or an absence the father showed a reasonable excuse for. */
    private static AttendanceEntry pastMark(int sessionNumber, int father) {
        int turn = (sessionNumber * 3 + father) % 11;
        if (turn == 0) {
            return entry(AttendanceMark.ABSENT_ACCEPTABLE, "Working a night shift; rota seen", null);
        }
        if (turn == 5) {
            return entry(AttendanceMark.LATE, null, "Late from work; caught up in the break");
        }
        if (father == 0 && sessionNumber == 2) {
            return entry(AttendanceMark.ATTENDED, null, "Spoke for the first time about his own father's violence");
        }
        return entry(AttendanceMark.ATTENDED, null, null);
    }

    private static AttendanceEntry entry(AttendanceMark mark, String absenceReason, String notes) {
        return new AttendanceEntry(mark, false, absenceReason, notes, false, null);
    }

    /** Marks the register as the facilitator did at the end of the session. */
    private AttendanceRecord mark(ProgrammeSession session, ProgrammeReferral referral, AttendanceEntry entry) {
        return session.record(referral, entry, FACILITATOR, UkDate.instant(session.sessionDate()
                .atTime(session.endTime()))).record();
    }

    private Cohort cohort(Programme programme, String name, String venue) {
        Cohort cohort = new Cohort(programme, name, venue, null, Set.of(FACILITATOR), now);
        cohorts.add(cohort);
        cohortsSetUp++;
        return cohort;
    }

    private List<ProgrammeSession> schedule(Cohort cohort, LocalDate from, DayOfWeek day, LocalTime start) {
        List<ProgrammeSession> planned = ProgrammeSession.schedule(cohort, SessionPattern.of(cohort.programme(),
                from, day, start).plan(programmes.bankHolidays()), List.of(), now);
        sessions.add(planned);
        return planned;
    }

    private ProgrammeReferral caringDadsReferral(Programme caringDads, Person father, int daysAgo) {
        LocalDate referredOn = daysAgo(daysAgo);
        String planReference = String.format("NCT-CP-%d-%04d", referredOn.getYear(), 310 + planReferences++);
        // the social worker's case: probation.demo stands in for them, so an absence's task shows on a worklist
        ProgrammeReferral referral = ProgrammeReferral.refer(caringDads, new ReferralDetails(father.id(),
                ReferralRoute.CHILDRENS_SOCIAL_CARE, referredOn, null, planReference, PROBATION),
                new ReferralFacts(CautionType.ageOn(father.dateOfBirth(), referredOn), father.gender(), 4, true,
                        RiskLevel.MEDIUM, Set.of()), null, PROBATION, today, now);
        referrals.add(referral);
        return referral;
    }

    /** The referral the person's (only) demo caution made, tied to the catalogue when it gave it. */
    private ProgrammeReferral cautionReferral(Person person) {
        long cautionId = cautions.cautionsOf(person.id()).get(0).id();
        return referrals.madeByCaution(cautionId).get(0);
    }

    private void suitable(ProgrammeReferral referral, int daysAgo) {
        referral.assessSuitable(null, daysAgo(daysAgo), FACILITATOR, today, now);
    }

    private Programme programme(String name) {
        return programmes.findByName(name).orElseThrow(() -> new IllegalStateException("No programme " + name));
    }

    private Person person(String surname, String forenames) {
        return DemoData.named(people, surname, forenames);
    }

    private LocalDate daysAgo(int days) {
        return today.minusDays(days);
    }
}
