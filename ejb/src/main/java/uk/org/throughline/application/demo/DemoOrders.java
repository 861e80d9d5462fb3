package uk.org.throughline.application.demo;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import uk.org.throughline.domain.model.calendar.BankHolidays;
import uk.org.throughline.domain.model.disposal.CourtCase;
import uk.org.throughline.domain.model.order.Applicant;
import uk.org.throughline.domain.model.order.BreachDetails;
import uk.org.throughline.domain.model.order.CivilOrder;
import uk.org.throughline.domain.model.order.ConditionKind;
import uk.org.throughline.domain.model.order.OrderBreach;
import uk.org.throughline.domain.model.order.OrderCondition;
import uk.org.throughline.domain.model.order.OrderTerms;
import uk.org.throughline.domain.model.order.PoliceAction;
import uk.org.throughline.domain.model.order.ProtectedPerson;
import uk.org.throughline.domain.model.order.ProtectedRole;
import uk.org.throughline.domain.model.person.Person;
import uk.org.throughline.domain.shared.PoliceText;
import uk.org.throughline.domain.shared.UkDate;
import uk.org.throughline.infrastructure.persistence.DisposalRepository;
import uk.org.throughline.infrastructure.persistence.OrderRepository;
import uk.org.throughline.infrastructure.persistence.ProgrammeRepository;

/**
 * Demo civil orders, dated back from the load day so the worklist always has work: a DVPN whose
 * hearing is due within hours, a DVPN served last Friday evening awaiting Monday's hearing (or, loaded
 * later in the week, its hearing adjourned), a non-molestation order and a DVPO expiring within 14 days, an
 * occupation order not yet served, the restraining order O'Brien's court case recorded as made, and
 * two breaches this week.
 */
@Dependent
public class DemoOrders {

    private static final String OFFICER = "police.demo";
    private static final String FAMILY_COURT = "Northampton Family Court";
    private static final String MAGISTRATES = "Northampton Magistrates' Court";

    @Inject
    private OrderRepository orders;

    @Inject
    private DisposalRepository disposals;

    @Inject
    private ProgrammeRepository programmes;

    private List<Person> people;
    private BankHolidays holidays;
    private LocalDate today;
    private Instant now;

    /** @return how many orders were recorded */
    int load(List<Person> demoPeople, Instant loadedAt) {
        this.people = demoPeople;
        this.now = loadedAt;
        this.today = UkDate.dayOf(loadedAt);
        this.holidays = programmes.bankHolidays();

        Person obrien = person("O'Brien", "Daniel James");
        Person kerry = person("Smith-Jones", "Kerry");
        CourtCase sentenced = disposals.courtCasesOf(obrien.id()).stream()
                .filter(courtCase -> courtCase.restrainingOrderMadeOn() != null).findFirst().orElseThrow();
        CivilOrder restraining = order("RESTRAINING_CONVICTION", obrien, new OrderTerms(Applicant.PROSECUTION,
                MAGISTRATES, "NN24M04512", sentenced.id(), sentenced.restrainingOrderMadeOn(), null, null, false,
                victim(kerry), List.of(
                        condition(ConditionKind.NO_CONTACT, "Not to contact the protected person directly or indirectly, "
                                + "including through social media", false),
                        home("22 Abington Avenue", "Northampton", "NN1 4QA"))));
        serve(restraining, sentenced.restrainingOrderMadeOn(), "15:10");
        breach(restraining, new BreachDetails(at(3, "21:40"), conditionId(restraining, 1),
                "Stood outside her house for twenty minutes and shouted up at the window", "The victim, by 999 call",
                false, PoliceAction.CHARGED, "Sentencing Act 2020 s.363", null,
                "Remanded in custody to Northampton Magistrates' Court", null));

        Person ryan = person("Clarke", "Ryan");
        CivilOrder notice = order("DVPN", ryan, new OrderTerms(Applicant.POLICE, null, null, null,
                UkDate.dayOf(now.minus(Duration.ofHours(38))), null, null, false, victim(person("Clarke", "Zo\u00eb")),
                List.of(condition(ConditionKind.NO_CONTACT, "Not to contact the protected person or go to her home",
                        false))));
        notice.serve(now.minus(Duration.ofHours(38)), holidays, OFFICER, now);

        fridayEveningNotice(person("Murphy", "Sean"), person("Murphy", "Bridget"));

        Person owain = person("Hughes", "Owain");
        Person sian = person("Hughes", "Si\u00e2n");
        CivilOrder nonMolestation = order("NON_MOLESTATION", owain, new OrderTerms(Applicant.VICTIM, FAMILY_COURT,
                "NN25F00871", null, daysAgo(175), today.plusDays(8), null, false, victim(sian), List.of(
                        condition(ConditionKind.NO_CONTACT, "Not to use or threaten violence against her, or contact "
                                + "her by any means", false),
                        new OrderCondition(ConditionKind.NO_APPROACH, PoliceText.NONE, 100, null, null, null, false,
                                "conditions[1]"),
                        home("5 Sheep Street", "Wellingborough", "NN8 1BL"))));
        serve(nonMolestation, daysAgo(174), "10:30");
        breach(nonMolestation, new BreachDetails(at(2, "19:05"), conditionId(nonMolestation, 0),
                "Sent her eleven text messages in an hour asking to meet", "The victim, at the front counter",
                false, PoliceAction.WORDS_OF_ADVICE, null, null, null, null));

        Person walsh = person("Walsh", "Liam Patrick");
        CivilOrder dvpo = order("DVPO", walsh, new OrderTerms(Applicant.POLICE, MAGISTRATES, "NN25M11230", null,
                daysAgo(20), daysAgo(20).plusDays(27), null, false, victim(person("Doherty", "Niamh")), List.of(
                        condition(ConditionKind.NO_CONTACT, "Not to molest the protected person", true),
                        condition(ConditionKind.EXCLUSION_ZONE, "Not to enter Kettering town centre, the area inside "
                                + "the A6003 and A43 ring roads", false))));
        serve(dvpo, daysAgo(20), "14:00");

        Person craig = person("Taylor", "Craig");
        Person jade = person("Taylor", "Jade");
        order("OCCUPATION", craig, new OrderTerms(Applicant.VICTIM, FAMILY_COURT, "NN26F00102", null, daysAgo(2),
                daysAgo(2).plusMonths(6), null, true, victim(jade), List.of(
                        condition(ConditionKind.OCCUPATION_TERMS, "The applicant may occupy the home; the respondent "
                                + "must leave within 24 hours of service and not return", false),
                        home("4 Willow Drive", "Wellingborough", "NN8 3RT"))));
        return 6;
    }

    /**
     * A DVPN served last Friday at 18:00, whose 48 hours leave out the Sunday: its hearing is due on
     * Monday evening. Loaded after that deadline, the hearing sat on the deadline day and was adjourned
     * to the next working day, so the notice is still in force whatever day the demo starts.
     */
    private void fridayEveningNotice(Person respondent, Person victim) {
        LocalDate friday = today.with(TemporalAdjusters.previous(DayOfWeek.FRIDAY));
        CivilOrder notice = order("DVPN", respondent, new OrderTerms(Applicant.POLICE, null, null, null, friday, null,
                null, false, victim(victim), List.of(
                        condition(ConditionKind.NO_CONTACT, "Not to contact the protected person", true),
                        home("17 Grafton Street", "Kettering", "NN16 8DE"))));
        serve(notice, friday, "18:00");
        Instant deadline = notice.hearingDeadline().orElseThrow();
        if (now.isAfter(deadline)) {
            notice.adjournHearing(UkDate.dayOf(deadline),
                    UkDate.instant(holidays.addWorkingDays(today, 1).atTime(10, 0)),
                    "The respondent asked for time to instruct a solicitor", OFFICER, now);
        }
    }

    private CivilOrder order(String type, Person respondent, OrderTerms terms) {
        CivilOrder order = new CivilOrder(orders.findType(type).orElseThrow(), respondent.id(), respondent.dateOfBirth(),
                terms, today, OFFICER, now);
        orders.add(order);
        return order;
    }

    private void serve(CivilOrder order, LocalDate on, String time) {
        order.serve(UkDate.instant(on.atTime(LocalTime.parse(time))), holidays, OFFICER, now);
    }

    private void breach(CivilOrder order, BreachDetails details) {
        orders.addBreach(new OrderBreach(order, details, OFFICER, now));
    }

    private static long conditionId(CivilOrder order, int index) {
        return order.conditions().get(index).id();
    }

    private Instant at(int daysAgo, String time) {
        return UkDate.instant(daysAgo(daysAgo).atTime(LocalTime.parse(time)));
    }

    private static List<ProtectedPerson> victim(Person person) {
        return List.of(new ProtectedPerson(person.id(), ProtectedRole.VICTIM));
    }

    /** @param shareable police agreed the wording may be shared with offender managers */
    private static OrderCondition condition(ConditionKind kind, String detail, boolean shareable) {
        return new OrderCondition(kind, new PoliceText(detail, shareable), null, null, null, null, false, "conditions");
    }

    /** Exclusion from the protected person's home: withheld from perpetrator-facing roles. */
    private static OrderCondition home(String line, String town, String postcode) {
        return new OrderCondition(ConditionKind.EXCLUSION_ADDRESS,
                new PoliceText("Not to go to the protected person's home", false), null, line, town, postcode, true,
                "conditions");
    }

    private Person person(String surname, String forenames) {
        return DemoData.named(people, surname, forenames);
    }

    private LocalDate daysAgo(int days) {
        return today.minusDays(days);
    }
}
