package uk.org.throughline.application.demo;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import uk.org.throughline.application.risk.internal.MaracRepeats;
import uk.org.throughline.application.risk.internal.VictimRisk;
import uk.org.throughline.domain.model.incident.DashLevel;
import uk.org.throughline.domain.model.incident.Incident;
import uk.org.throughline.domain.model.person.Person;
import uk.org.throughline.domain.model.risk.Agency;
import uk.org.throughline.domain.model.risk.AssessmentDetails;
import uk.org.throughline.domain.model.risk.AssessmentSource;
import uk.org.throughline.domain.model.risk.DashAnswer;
import uk.org.throughline.domain.model.risk.DashQuestion;
import uk.org.throughline.domain.model.risk.DashSection;
import uk.org.throughline.domain.model.risk.MaracAction;
import uk.org.throughline.domain.model.risk.MaracCriterion;
import uk.org.throughline.domain.model.risk.MaracMeeting;
import uk.org.throughline.domain.model.risk.MaracReferral;
import uk.org.throughline.domain.model.risk.MaracReferralDetails;
import uk.org.throughline.domain.model.risk.RiskAssessment;
import uk.org.throughline.domain.model.risk.SafetyPlanDetails;
import uk.org.throughline.domain.model.risk.SafetyPlanItem;
import uk.org.throughline.domain.model.risk.SafetyPlanStatus;
import uk.org.throughline.domain.shared.UkDate;
import uk.org.throughline.infrastructure.persistence.OrderRepository;
import uk.org.throughline.infrastructure.persistence.RiskRepository;

/**
 * The demo victims' risk: DASH histories after the demo incidents, Zoë Clarke rising to high risk
 * with a MARAC referral listed at next week's meeting, Kerry Smith-Jones' case heard months ago with
 * its actions done, Niamh Doherty judged high after strangulation and not yet referred, and safety
 * plans, dated back from the load day; once the civil orders are loaded, the week's breaches flagged as
 * MARAC repeats as if just recorded: Daniel O'Brien's breach of his restraining order three days ago
 * repeats Kerry's referral, and marac.demo, her worker and his offender manager are told. Part of
 * {@link DemoData}'s transaction.
 */
@Dependent
public class DemoRisk {

    private static final String IDVA = "partner.demo";
    private static final String IDVA_NAME = "Rachel Evans (IDVA)";
    private static final String OFFICER = "Insp Sarah Mitchell";

    @Inject
    private RiskRepository risks;

    @Inject
    private VictimRisk victimRisk;

    @Inject
    private OrderRepository orders;

    @Inject
    private MaracRepeats maracRepeats;

    private List<Person> people;
    private LocalDate today;
    private Instant now;
    private int assessments;

    /** @return how many DASH assessments were recorded */
    int load(List<Person> demoPeople, Instant loadedAt) {
        this.people = demoPeople;
        this.now = loadedAt;
        this.today = UkDate.dayOf(loadedAt);
        kerrySmithJones();
        zoeClarke();
        niamhDoherty();
        assess(person("Hughes", "Si\u00e2n"), 38, AssessmentSource.POLICE_FOLLOW_UP, OFFICER, checklist(
                DashQuestion.VERY_FRIGHTENED, DashQuestion.CONTROLLING, DashQuestion.WEAPONS,
                DashQuestion.THREATS_TO_KILL, DashQuestion.SUBSTANCE_OR_MENTAL_HEALTH, DashQuestion.CRIMINAL_HISTORY),
                null, null);
        Map<DashQuestion, DashAnswer> ayesha = checklist(DashQuestion.VERY_FRIGHTENED, DashQuestion.AFRAID_OF,
                DashQuestion.ISOLATED, DashQuestion.DEPRESSED, DashQuestion.SEPARATION, DashQuestion.STALKS_OR_HARASSES,
                DashQuestion.MORE_OFTEN, DashQuestion.CONTROLLING, DashQuestion.FINANCIAL_ISSUES,
                DashQuestion.OTHER_THREATS);
        screen(ayesha, DashSection.HONOUR_BASED, DashQuestion.HONOUR_FAMILY_FEAR, DashQuestion.HONOUR_MORE_THAN_ONE,
                DashQuestion.HONOUR_MONITORED);
        assess(person("Hussain", "Ayesha"), 33, AssessmentSource.IDVA, IDVA_NAME, ayesha, null, null);
        return assessments;
    }

    /** High risk after the assault 250 days ago, heard at MARAC, safer since with every action done. */
    private void kerrySmithJones() {
        Person kerry = person("Smith-Jones", "Kerry");
        assess(kerry, 245, AssessmentSource.IDVA, IDVA_NAME, checklist(DashQuestion.INJURY,
                DashQuestion.VERY_FRIGHTENED, DashQuestion.AFRAID_OF, DashQuestion.ISOLATED, DashQuestion.DEPRESSED,
                DashQuestion.SEPARATION, DashQuestion.STALKS_OR_HARASSES, DashQuestion.MORE_OFTEN,
                DashQuestion.GETTING_WORSE, DashQuestion.CONTROLLING, DashQuestion.THREATS_TO_KILL,
                DashQuestion.HURT_OTHERS, DashQuestion.SUBSTANCE_OR_MENTAL_HEALTH, DashQuestion.BREACHED_BAIL_OR_ORDER,
                DashQuestion.CRIMINAL_HISTORY, DashQuestion.FINANCIAL_ISSUES), null, null);
        MaracReferral referral = refer(kerry, 244, Agency.IDVA, MaracCriterion.VISIBLE_HIGH_RISK, null);
        MaracMeeting heard = risks.add(new MaracMeeting(daysAgo(231), "Northampton", IDVA, now));
        referral.listAt(heard);
        action(referral, Agency.HOUSING, "Fit target hardening and a door chain at her address", 224, 226);
        action(referral, Agency.POLICE, "Flag her address for an urgent response (treat as a priority call)", 230, 230);
        action(referral, Agency.PROBATION, "Tell the IDVA of any change to his licence or address", 200, 205);
        assess(kerry, 120, AssessmentSource.IDVA, IDVA_NAME, checklist(DashQuestion.VERY_FRIGHTENED,
                DashQuestion.AFRAID_OF, DashQuestion.SEPARATION, DashQuestion.CHILD_CONTACT_CONFLICT,
                DashQuestion.CONTROLLING, DashQuestion.HURT_OTHERS, DashQuestion.BREACHED_BAIL_OR_ORDER,
                DashQuestion.CRIMINAL_HISTORY), null, null);
        plan(kerry, "Panic alarm fitted (police)", "Police", -236, -60, SafetyPlanStatus.IN_PLACE);
        plan(kerry, "Non-molestation order application with the family court", "Kerry, with the IDVA", -200, -30,
                SafetyPlanStatus.DONE);
        plan(kerry, "Review the plan when his restraining order is due to end", "IDVA", 30, 30,
                SafetyPlanStatus.AGREED);
    }

    /** Stalked after the DVPO: medium at first, high three days ago, referred and listed for next week. */
    private void zoeClarke() {
        Person zoe = person("Clarke", "Zo\u00eb");
        Map<DashQuestion, DashAnswer> first = checklist(DashQuestion.VERY_FRIGHTENED, DashQuestion.AFRAID_OF,
                DashQuestion.ISOLATED, DashQuestion.SEPARATION, DashQuestion.STALKS_OR_HARASSES,
                DashQuestion.MORE_OFTEN, DashQuestion.GETTING_WORSE, DashQuestion.CONTROLLING,
                DashQuestion.SUBSTANCE_OR_MENTAL_HEALTH, DashQuestion.BREACHED_BAIL_OR_ORDER,
                DashQuestion.CRIMINAL_HISTORY);
        screen(first, DashSection.STALKING, DashQuestion.STALKING_FRIGHTENED, DashQuestion.STALKING_PREVIOUS_ABUSE,
                DashQuestion.STALKING_TURNS_UP, DashQuestion.STALKING_FOLLOWS,
                DashQuestion.STALKING_SUBSTANCE_OR_MENTAL_HEALTH);
        assess(zoe, 19, AssessmentSource.POLICE_AT_SCENE, OFFICER, first, null, null);
        Map<DashQuestion, DashAnswer> second = checklist(DashQuestion.VERY_FRIGHTENED, DashQuestion.AFRAID_OF,
                DashQuestion.ISOLATED, DashQuestion.DEPRESSED, DashQuestion.SEPARATION,
                DashQuestion.STALKS_OR_HARASSES, DashQuestion.MORE_OFTEN, DashQuestion.GETTING_WORSE,
                DashQuestion.CONTROLLING, DashQuestion.THREATS_TO_KILL, DashQuestion.OTHER_THREATS,
                DashQuestion.SUBSTANCE_OR_MENTAL_HEALTH, DashQuestion.BREACHED_BAIL_OR_ORDER,
                DashQuestion.CRIMINAL_HISTORY, DashQuestion.ANIMAL_ABUSE);
        screen(second, DashSection.STALKING, DashQuestion.STALKING_FRIGHTENED, DashQuestion.STALKING_PREVIOUS_ABUSE,
                DashQuestion.STALKING_PROPERTY_DAMAGE, DashQuestion.STALKING_TURNS_UP, DashQuestion.STALKING_FOLLOWS,
                DashQuestion.STALKING_THREATS, DashQuestion.STALKING_THIRD_PARTIES,
                DashQuestion.STALKING_SUBSTANCE_OR_MENTAL_HEALTH);
        assess(zoe, 3, AssessmentSource.IDVA, IDVA_NAME, second, null, null);
        MaracReferral referral = refer(zoe, 2, Agency.IDVA, MaracCriterion.VISIBLE_HIGH_RISK, null);
        MaracMeeting next = risks.add(new MaracMeeting(today.plusDays(5), "Kettering", IDVA, now));
        referral.listAt(next);
        action(referral, Agency.POLICE, "Apply for a stalking protection order", -10, 1);
        action(referral, Agency.HOUSING, "Consider a management move to another property", -21, null);
        plan(zoe, "New mobile number, not shared with mutual friends", "Zo\u00eb, with the IDVA", -7, 14,
                SafetyPlanStatus.IN_PLACE);
        plan(zoe, "Safe route to work agreed with her employer; reception told not to say when she is in",
                "Zo\u00eb and her employer", -4, 14, SafetyPlanStatus.AGREED);
        plan(zoe, "Keep a stalking diary for the police (dates, times, what happened)", "Zo\u00eb", null, 7,
                SafetyPlanStatus.IN_PLACE);
    }

    /** Strangled a fortnight ago: the checklist gives medium, the IDVA judges high; she is not yet referred. */
    private void niamhDoherty() {
        assess(person("Doherty", "Niamh"), 14, AssessmentSource.IDVA, IDVA_NAME, checklist(DashQuestion.INJURY,
                DashQuestion.VERY_FRIGHTENED, DashQuestion.AFRAID_OF, DashQuestion.SEPARATION,
                DashQuestion.CHILD_CONTACT_CONFLICT, DashQuestion.MORE_OFTEN, DashQuestion.GETTING_WORSE,
                DashQuestion.CONTROLLING, DashQuestion.STRANGULATION, DashQuestion.HURT_OTHERS,
                DashQuestion.SUBSTANCE_OR_MENTAL_HEALTH, DashQuestion.CRIMINAL_HISTORY),
                DashLevel.HIGH, "Non-fatal strangulation in front of the children; he has found her new address");
    }

    /** @return how many MARAC repeats the week's breaches raised */
    int flagRepeats() {
        return orders.breachesSince(now.minus(Duration.ofDays(7))).stream().mapToInt(maracRepeats::flagBreach).sum();
    }

    private void assess(Person victim, int daysAgo, AssessmentSource source, String assessor,
            Map<DashQuestion, DashAnswer> answers, DashLevel judged, String reason) {
        Long incidentId = victimRisk.incidentsAsVictim(victim.id()).stream()
                .filter(incident -> !incident.occurredOn().isAfter(daysAgo(daysAgo)))
                .reduce((earlier, later) -> later)
                .map(Incident::id)
                .orElse(null);
        risks.add(new RiskAssessment(new AssessmentDetails(victim.id(), daysAgo(daysAgo), assessor, source, incidentId,
                answers, judged, reason), IDVA, today, now));
        assessments++;
    }

    private MaracReferral refer(Person victim, int daysAgo, Agency agency, MaracCriterion criterion, String reason) {
        return risks.add(new MaracReferral(new MaracReferralDetails(victim.id(),
                victimRisk.perpetratorNamed(victim.id(), null), daysAgo(daysAgo), agency, criterion, reason),
                victimRisk.maracFacts(victim.id(), daysAgo(daysAgo)), VictimRisk.thresholds(), IDVA, today,
                now));
    }

    /**
     * @param dueDaysAgo  when it was due (negative: still to come)
     * @param doneDaysAgo when it was done, or null while open
     */
    private void action(MaracReferral referral, Agency agency, String text, int dueDaysAgo, Integer doneDaysAgo) {
        MaracAction action = risks.add(new MaracAction(referral, agency, text, daysAgo(dueDaysAgo), IDVA, now));
        if (doneDaysAgo != null) {
            action.complete(daysAgo(doneDaysAgo), IDVA, today);
        }
    }

    /** Due and review days are counted from today (negative: in the past), or null when not set. */
    private void plan(Person victim, String measure, String owner, Integer dueInDays, Integer reviewInDays,
            SafetyPlanStatus status) {
        risks.add(new SafetyPlanItem(victim.id(), new SafetyPlanDetails(measure, owner,
                dueInDays == null ? null : today.plusDays(dueInDays),
                reviewInDays == null ? null : today.plusDays(reviewInDays), status), IDVA, now));
    }

    /** The 24 checklist answers: yes to those given, no to the rest. */
    private static Map<DashQuestion, DashAnswer> checklist(DashQuestion... yes) {
        return answers(DashSection.CHECKLIST, yes);
    }

    /** Adds an optional screen's answers: yes to those given, no to the rest. */
    private static void screen(Map<DashQuestion, DashAnswer> answers, DashSection section, DashQuestion... yes) {
        answers.putAll(answers(section, yes));
    }

    private static Map<DashQuestion, DashAnswer> answers(DashSection section, DashQuestion... yes) {
        Map<DashQuestion, DashAnswer> answers = new EnumMap<>(DashQuestion.class);
        DashQuestion.of(section).forEach(question -> answers.put(question, DashAnswer.NO));
        for (DashQuestion question : yes) {
            answers.put(question, DashAnswer.YES);
        }
        return answers;
    }

    private Person person(String surname, String forenames) {
        return DemoData.named(people, surname, forenames);
    }

    private LocalDate daysAgo(int days) {
        return today.minusDays(days);
    }
}
