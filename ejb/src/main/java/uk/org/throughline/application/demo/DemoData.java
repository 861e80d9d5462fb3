package uk.org.throughline.application.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.logging.Logger;
import uk.org.throughline.application.staff.internal.PasswordHasher;
import uk.org.throughline.domain.model.caseload.OffenderManagerAllocation;
import uk.org.throughline.domain.model.person.Address;
import uk.org.throughline.domain.model.person.Alias;
import uk.org.throughline.domain.model.person.Disability;
import uk.org.throughline.domain.model.person.Ethnicity;
import uk.org.throughline.domain.model.person.Gender;
import uk.org.throughline.domain.model.person.Person;
import uk.org.throughline.domain.model.person.PersonDetails;
import uk.org.throughline.domain.model.person.PncId;
import uk.org.throughline.domain.model.person.WarningMarker;
import uk.org.throughline.domain.model.person.WarningMarkerType;
import uk.org.throughline.domain.model.staff.PoliceRank;
import uk.org.throughline.domain.model.staff.Role;
import uk.org.throughline.domain.model.staff.StaffMember;
import uk.org.throughline.domain.model.staff.Team;
import uk.org.throughline.domain.shared.PoliceText;
import uk.org.throughline.domain.shared.UkDate;
import uk.org.throughline.infrastructure.persistence.CaseloadRepository;
import uk.org.throughline.infrastructure.persistence.PersonRepository;
import uk.org.throughline.infrastructure.persistence.StaffRepository;

/**
 * Demo accounts and believable (invented) people for trying the application, loaded at start-up
 * only when the system property {@code throughline.demo-data} is "true" and there are no staff
 * accounts yet, so it never touches a real database. Everything is loaded in one transaction.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class DemoData {

    public static final String PASSWORD = "Throughline-Demo-2026";
    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @Inject
    private StaffRepository staff;

    @Inject
    private PersonRepository people;

    @Inject
    private CaseloadRepository caseloads;

    @Inject
    private PasswordHasher passwords;

    @Inject
    private DemoPoliceCases policeCases;

    @Inject
    private DemoProgrammes programmes;

    @Inject
    private DemoVictims victims;

    @Inject
    private DemoRisk risk;

    @Inject
    private DemoOrders civilOrders;

    @Inject
    private Clock clock;

    private static final String PROBATION = "Probation Service \u2013 Northamptonshire PDU";

    private Instant now;

    @PostConstruct
    void load() {
        if (!Boolean.parseBoolean(System.getProperty("throughline.demo-data"))) {
            return;
        }
        if (staff.count() == 0) {
            now = clock.instant();
            addStaff();
            List<Person> added = addPeople();
            int incidents = policeCases.load(added, now);
            int cohorts = programmes.load(added, now);
            int victimRecords = victims.load(added, now);
            int assessments = risk.load(added, now);
            int orders = civilOrders.load(added, now);
            int allocated = allocateOffenderManagers(added);
            int repeats = risk.flagRepeats();
            LOG.info(() -> "Loaded demo data: 9 staff accounts, " + added.size() + " people, " + incidents
                    + " incidents with their arrests, outcomes, court cases and conditional cautions, "
                    + cohorts + " programme cohorts with their referrals and registers, " + victimRecords
                    + " victim records with their partner-contact plans and alerts, " + assessments
                    + " DASH assessments with MARAC referrals and safety plans (MARAC repeats flagged: " + repeats + "), "
                    + orders + " civil orders and " + allocated + " offender-manager allocations");
        }
        // The run command's promise to a newcomer: where to go and how to sign in.
        LOG.info(() -> "Throughline demo: open http://localhost:8080/ and sign in as police.demo, constable.demo, "
                + "probation.demo, yot.demo, facilitator.demo, partner.demo, manager.demo, marac.demo or admin.demo, "
                + "password " + PASSWORD);
    }

    /**
     * Nine accounts in their teams; police.demo is an inspector, who may caution although scheme rules failed,
     * and constable.demo is refused. The manager manages the teams of the probation officer, the YOT worker,
     * the facilitator and the partner-contact worker, so sees their caseloads and hears when one of them opens
     * a record outside it.
     */
    private void addStaff() {
        String youthService = "Northamptonshire Youth Offending Service";
        String idva = "Northamptonshire Domestic Abuse Service (IDVA)";
        Team investigation = team("Domestic Abuse Investigation Unit", "Northamptonshire Police", "Northampton");
        account("police.demo", "Insp Sarah Mitchell", Role.POLICE, "Northamptonshire Police", investigation)
                .changeRank(PoliceRank.INSPECTOR);
        account("constable.demo", "PC James Walker", Role.POLICE, "Northamptonshire Police", investigation)
                .changeRank(PoliceRank.CONSTABLE);
        List<Team> managed = List.of(team("Northampton Offender Management", PROBATION, "Northampton"),
                team("Kettering YOT", youthService, "Kettering"),
                team("Interventions: Building Better Relationships", PROBATION, "Northamptonshire"),
                team("Partner Link Workers", idva, "Northamptonshire"));
        account("probation.demo", "Gareth Lloyd", Role.PROBATION, PROBATION, managed.get(0));
        account("yot.demo", "Priya Sharma", Role.YOT, youthService, managed.get(1));
        account("facilitator.demo", "Tom Fletcher", Role.PROGRAMME_FACILITATOR, PROBATION, managed.get(2));
        account("partner.demo", "Rachel Evans", Role.PARTNER_CONTACT, idva, managed.get(3));
        StaffMember manager = account("manager.demo", "Helen Carter", Role.MANAGER, "Northamptonshire Police",
                team("Domestic Abuse Partnership", "Northamptonshire Police", "Northamptonshire"));
        managed.forEach(team -> manager.joinTeam(team, true));
        account("marac.demo", "Joanne Walker", Role.MARAC_COORDINATOR, idva,
                team("Northamptonshire MARAC", idva, "Northamptonshire"));
        account("admin.demo", "Mark Davies", Role.ADMIN, "Northamptonshire Police",
                team("Information Management", "Northamptonshire Police", "Northamptonshire"));
    }

    /**
     * probation.demo manages seven men now and managed Gary Evans until two months ago (so he is off the
     * caseload again); yot.demo manages the two boys. Everyone else needs a reason.
     */
    private int allocateOffenderManagers(List<Person> added) {
        LocalDate today = UkDate.dayOf(now);
        int[] probationCases = {0, 2, 6, 8, 13, 15, 18};
        for (int index : probationCases) {
            allocate(added.get(index), "probation.demo", today.minusMonths(4));
        }
        OffenderManagerAllocation ended = allocate(added.get(22), "probation.demo", today.minusYears(1));
        ended.end(today.minusMonths(2), "manager.demo");
        allocate(added.get(11), "yot.demo", today.minusMonths(3));
        allocate(added.get(30), "yot.demo", today.minusWeeks(6));
        return probationCases.length + 3;
    }

    private OffenderManagerAllocation allocate(Person person, String offenderManager, LocalDate from) {
        OffenderManagerAllocation allocation = new OffenderManagerAllocation(person.id(), offenderManager, from,
                "manager.demo", now);
        caseloads.add(allocation);
        return allocation;
    }

    private Team team(String name, String agency, String area) {
        Team team = new Team(name, agency, area);
        staff.add(team);
        return team;
    }

    private StaffMember account(String username, String displayName, Role role, String agency, Team team) {
        StaffMember member = new StaffMember(username, displayName, passwords.hash(PASSWORD.toCharArray()),
                EnumSet.of(role), agency);
        member.joinTeam(team, false);
        staff.add(member);
        return member;
    }

    private List<Person> addPeople() {
        List<Person> added = new ArrayList<>();
        // a perpetrator on a programme, and the ex-partner the partner-contact worker supports
        added.add(person("O'Brien", "Daniel James", "1988-03-14", Gender.MALE, Ethnicity.W2, PncId.of(2009, 123456))
                .alias("O'Brian", "Danny")
                .address("14 Kettering Road", "Northampton", "NN1 4AW", "2019-06-01", null)
                .address("3 Harborough Road", "Northampton", "NN2 7AZ", "2015-02-01", "2019-05-31")
                .marker(WarningMarkerType.VIOLENCE, "2020-02-11", "Assaulted partner; resisted arrest", false)
                .save());
        added.add(person("Smith-Jones", "Kerry", "1991-07-22", Gender.FEMALE, Ethnicity.W1, null)
                .alias("Smith", "Kerry")
                .address("22 Abington Avenue", "Northampton", "NN1 4QA", "2021-09-01", null)
                .save());
        // counter-allegations: each is perpetrator in one incident and victim in the other
        added.add(person("Williams", "Marcus", "1985-11-02", Gender.MALE, Ethnicity.B1, PncId.of(2004, 88812))
                .address("7 Occupation Road", "Corby", "NN17 1EH", "2018-04-16", null)
                .save());
        added.add(person("Williams", "Chantelle", "1987-01-30", Gender.FEMALE, Ethnicity.M1, PncId.of(2016, 4410))
                .alias("Brown", "Chantelle")
                .address("7 Occupation Road", "Corby", "NN17 1EH", "2018-04-16", "2024-10-03")
                .address("41 Rockingham Road", "Corby", "NN17 1AG", "2024-10-04", null)
                .marker(WarningMarkerType.SUICIDE_SELF_HARM, "2024-10-05", "Disclosed self-harm to IDVA", false)
                .save());
        added.add(person("Clarke", "Zo\u00eb", "1994-05-09", Gender.FEMALE, Ethnicity.W1, null)
                .address("Flat 2, 19 Lime Street", "Kettering", "NN16 8QF", "2022-03-01", null)
                .save());
        added.add(person("Hughes", "Si\u00e2n", "1979-12-03", Gender.FEMALE, Ethnicity.W1, null)
                .language("Welsh", false)
                .address("5 Sheep Street", "Wellingborough", "NN8 1BL", "2017-08-14", null)
                .save());
        added.add(person("Clarke", "Ryan", "1992-10-19", Gender.MALE, Ethnicity.W1, PncId.of(2011, 551002))
                .alias("Clark", "Ryan")
                .address("Flat 2, 19 Lime Street", "Kettering", "NN16 8QF", "2022-03-01", "2024-06-30")
                .address("88 Stamford Road", "Kettering", "NN16 9SL", "2024-07-01", null)
                .marker(WarningMarkerType.STALKING, "2024-08-20", "Repeated contact with ex-partner after DVPO", false)
                .marker(WarningMarkerType.DRUGS, "2021-05-03", null, false)
                .save());
        added.add(person("Hughes", "Owain", "1977-04-25", Gender.MALE, Ethnicity.W1, PncId.of(1998, 301777))
                .address("5 Sheep Street", "Wellingborough", "NN8 1BL", "2017-08-14", "2023-11-30")
                .address("12 Finedon Road", "Wellingborough", "NN8 4AA", "2023-12-01", null)
                .marker(WarningMarkerType.WEAPONS, "2023-11-29", "Knife found at address", false)
                .save());
        // two records of one man, made by different agencies: try "Possible duplicates" and merge them
        added.add(person("Smith", "John", "1975-04-18", Gender.MALE, Ethnicity.W1, PncId.of(1995, 67341))
                .address("9 Brookside", "Northampton", "NN3 6HB", "2012-01-09", null)
                .save());
        added.add(person("Smyth", "Jon", "1975-04-18", Gender.MALE, Ethnicity.W1, null)
                .address("9 Brookside", "Northampton", "NN3 6HB", "2012-01-09", null)
                .save());
        // adolescent-to-parent violence (YUVA) and a youth caution; always 16 on the day the demo is loaded, so
        // his caution is a youth one with an appropriate adult whenever that is
        added.add(new DemoPerson("Kowalski", "Jakub", UkDate.dayOf(now).minusYears(16)
                .minusDays(100), Gender.MALE, Ethnicity.W9, null).language("Polish", false)
                .address("63 Wellingborough Road", "Northampton", "NN1 4EP", "2016-09-01", null)
                .save());
        added.add(person("Kowalska", "Agnieszka", "1981-06-30", Gender.FEMALE, Ethnicity.W9, null)
                .language("Polish", true)
                .address("63 Wellingborough Road", "Northampton", "NN1 4EP", "2016-09-01", null)
                .save());
        added.add(person("Ahmed", "Bilal", "2008-09-04", Gender.MALE, Ethnicity.A2, null)
                .address("27 St James Road", "Northampton", "NN5 5HQ", "2010-03-15", null)
                .save());
        added.add(person("Begum", "Nasreen", "1979-03-21", Gender.FEMALE, Ethnicity.A3, null).language("Bengali", true)
                .address("27 St James Road", "Northampton", "NN5 5HQ", "2010-03-15", null)
                .marker(WarningMarkerType.HONOUR_BASED_ABUSE, "2025-01-14", "Family members threatened her sister",
                        false)
                .save());
        // Caring Dads referral from children's social care
        added.add(person("Taylor", "Craig", "1990-08-08", Gender.MALE, Ethnicity.W1, PncId.of(2010, 913455))
                .address("4 Willow Drive", "Wellingborough", "NN8 3RT", "2020-05-11", null)
                .save());
        added.add(person("Taylor", "Jade", "1993-12-15", Gender.FEMALE, Ethnicity.W1, null)
                .alias("Marshall", "Jade")
                .address("4 Willow Drive", "Wellingborough", "NN8 3RT", "2020-05-11", null)
                .save());
        // serial perpetrator (MATAC): two victims within three years
        added.add(person("Walsh", "Liam Patrick", "1983-02-27", Gender.MALE, Ethnicity.W2, PncId.of(2001, 775420))
                .alias("Welsh", "Liam").alias("Walsh", "Paddy")
                .address("31 Gold Street", "Kettering", "NN16 8JB", "2023-04-01", null)
                .marker(WarningMarkerType.VIOLENCE, "2019-07-19", "Strangulation reported by previous partner", false)
                .marker(WarningMarkerType.FIREARMS, "2022-01-06", "Holds shotgun certificate (revoked 2022)", true)
                .save());
        added.add(person("Doherty", "Niamh", "1989-09-12", Gender.FEMALE, Ethnicity.W2, null)
                .address("18 Cedar Grove", "Kettering", "NN15 7DE", "2021-01-20", null)
                .save());
        added.add(person("Bennett", "Laura", "1986-05-05", Gender.FEMALE, Ethnicity.W1, null)
                .alias("Walsh", "Laura")
                .address("2 Orchard Close", "Desborough", "NN14 2LP", "2022-11-01", null)
                .save());
        // Project PIPA: conditional caution with a workshop course
        added.add(person("Patel", "Rajesh", "1995-01-17", Gender.MALE, Ethnicity.A1, PncId.of(2023, 1207))
                .address("56 Park Avenue", "Rushden", "NN10 0RB", "2019-10-01", null)
                .save());
        added.add(person("Patel", "Priya", "1997-06-02", Gender.FEMALE, Ethnicity.A1, null)
                .address("56 Park Avenue", "Rushden", "NN10 0RB", "2019-10-01", null)
                .save());
        added.add(person("Okafor", "Emeka", "1982-03-09", Gender.MALE, Ethnicity.B2, PncId.of(2014, 660031))
                .address("10 Market Street", "Daventry", "NN11 4BH", "2015-06-22", null)
                .marker(WarningMarkerType.MENTAL_HEALTH, "2024-02-02", "Under community mental health team", false)
                .save());
        added.add(person("Okafor", "Chidinma", "1984-08-16", Gender.FEMALE, Ethnicity.B2, null)
                .address("10 Market Street", "Daventry", "NN11 4BH", "2015-06-22", "2025-03-01")
                .address("Refuge (address withheld)", "Northampton", null, "2025-03-02", null)
                .save());
        // Building Better Relationships, court-ordered
        added.add(person("Evans", "Gary", "1972-11-28", Gender.MALE, Ethnicity.W1, PncId.of(1992, 42001))
                .alias("Evans", "Gaz")
                .address("77 Station Road", "Corby", "NN17 1UX", "2008-02-01", null)
                .marker(WarningMarkerType.VIOLENCE, "2016-04-30", "Serious assault on partner (ABH)", false)
                .save());
        added.add(person("Evans", "Tracey", "1974-02-14", Gender.FEMALE, Ethnicity.W1, null)
                .address("77 Station Road", "Corby", "NN17 1UX", "2008-02-01", "2024-12-31")
                .address("15 Queen Street", "Corby", "NN17 1PL", "2025-01-01", null)
                .save());
        added.add(person("Murphy", "Sean", "1998-07-07", Gender.MALE, Ethnicity.W3, PncId.of(2017, 318004))
                .alias("Murphy", "Shaun")
                .address("Caravan 4, Mill Lane site", "Wellingborough", "NN8 2NB", "2023-05-01", null)
                .save());
        added.add(person("Murphy", "Bridget", "2000-01-25", Gender.FEMALE, Ethnicity.W3, null)
                .address("Caravan 4, Mill Lane site", "Wellingborough", "NN8 2NB", "2023-05-01", null)
                .save());
        added.add(person("Nowak", "Piotr", "1987-10-10", Gender.MALE, Ethnicity.W9, PncId.of(2018, 90210))
                .language("Polish", true)
                .address("9 Elizabeth Street", "Corby", "NN17 1SQ", "2018-03-12", null)
                .save());
        added.add(person("Nowak", "Katarzyna", "1990-04-04", Gender.FEMALE, Ethnicity.W9, null).language("Polish", true)
                .address("9 Elizabeth Street", "Corby", "NN17 1SQ", "2018-03-12", null)
                .save());
        added.add(person("Harris", "Dean", "1980-12-12", Gender.MALE, Ethnicity.W1, PncId.of(1999, 612345))
                .address("44 Victoria Road", "Northampton", "NN1 5EF", "2021-07-19", null)
                .marker(WarningMarkerType.DRUGS, "2019-03-03", null, false)
                .save());
        added.add(person("Harris", "Leanne", "1983-07-31", Gender.FEMALE, Ethnicity.W1, null)
                .alias("Cooper", "Leanne")
                .address("44 Victoria Road", "Northampton", "NN1 5EF", "2021-07-19", null)
                .save());
        added.add(person("Harris", "Kyle", "2010-05-14", Gender.MALE, Ethnicity.W1, null)
                .address("44 Victoria Road", "Northampton", "NN1 5EF", "2021-07-19", null)
                .save());
        added.add(person("Campbell", "Stuart", "1969-09-09", Gender.MALE, Ethnicity.W1, PncId.of(1990, 23456))
                .address("1 Meadow Way", "Towcester", "NN12 6GT", "2011-11-11", null)
                .save());
        added.add(person("Campbell", "Margaret", "1971-01-08", Gender.FEMALE, Ethnicity.W1, null)
                .disability(Disability.YES)
                .address("1 Meadow Way", "Towcester", "NN12 6GT", "2011-11-11", null)
                .save());
        added.add(person("Ali", "Imran", "1993-03-03", Gender.MALE, Ethnicity.A2, PncId.of(2012, 700700))
                .address("20 Newland Walk", "Northampton", "NN1 2EA", "2020-01-06", null)
                .save());
        added.add(person("Hussain", "Ayesha", "1996-11-11", Gender.FEMALE, Ethnicity.A2, null)
                .alias("Ali", "Ayesha")
                .address("Address withheld (refuge)", "Kettering", null, "2025-06-01", null)
                .save());
        added.add(person("Lloyd-Davies", "Rhys", "1984-06-18", Gender.MALE, Ethnicity.W1, PncId.of(2005, 4455667))
                .address("6 Beech Crescent", "Brackley", "NN13 6DF", "2016-02-29", null)
                .save());
        added.add(person("Lloyd-Davies", "Catrin", "1986-02-02", Gender.FEMALE, Ethnicity.W1, null)
                .language("Welsh", false)
                .address("6 Beech Crescent", "Brackley", "NN13 6DF", "2016-02-29", null)
                .save());
        // aged 15 whenever the demo is loaded: YUVA works with him through the YOT
        added.add(new DemoPerson("Mensah", "Kwame", UkDate.dayOf(now).minusYears(15)
                .minusDays(200), Gender.MALE, Ethnicity.B2, null)
                .address("13 Primrose Hill", "Corby", "NN18 0JQ", "2012-08-08", null)
                .save());
        // Caring Dads fathers referred by children's social care (with Craig Taylor, ten in today's group)
        added.add(person("Thompson", "Lee", "1989-02-11", Gender.MALE, Ethnicity.W1, null)
                .address("12 Thorpe Road", "Kettering", "NN16 9NL", "2019-04-01", null).save());
        added.add(person("Robinson", "Mark Anthony", "1986-09-23", Gender.MALE, Ethnicity.W1, PncId.of(2008, 214577))
                .address("3 Ise Valley Close", "Wellingborough", "NN8 3JW", "2020-10-12", null).save());
        added.add(person("Wright", "Jamie", "1994-12-01", Gender.MALE, Ethnicity.W1, null)
                .address("Flat 7, 40 Midland Road", "Wellingborough", "NN8 1HF", "2023-02-06", null).save());
        added.add(person("Khan", "Adeel", "1987-05-19", Gender.MALE, Ethnicity.A2, null)
                .address("91 Hamilton Street", "Northampton", "NN1 3JU", "2014-07-21", null).save());
        added.add(person("Green", "Stephen", "1983-08-30", Gender.MALE, Ethnicity.W1, PncId.of(2002, 99013))
                .address("25 Rectory Road", "Rushden", "NN10 0AD", "2017-03-03", null).save());
        added.add(person("Edwards", "Paul", "1991-04-07", Gender.MALE, Ethnicity.W1, null)
                .address("8 Bective Road", "Northampton", "NN2 7TD", "2021-11-15", null).save());
        added.add(person("Osei", "Kofi", "1988-10-14", Gender.MALE, Ethnicity.B2, null)
                .address("17 Spinney Hill Road", "Northampton", "NN3 6DN", "2016-05-09", null).save());
        added.add(person("Hall", "Nathan", "1996-06-26", Gender.MALE, Ethnicity.W1, null)
                .address("60 Cranford Road", "Burton Latimer", "NN15 5TB", "2022-08-01", null).save());
        added.add(person("Turner", "Michael", "1984-01-03", Gender.MALE, Ethnicity.M1, PncId.of(2006, 37781))
                .address("2 Vicarage Lane", "Raunds", "NN9 6QX", "2018-12-10", null).save());
        // waiting for the next Caring Dads group
        added.add(person("Wood", "Adam", "1992-03-28", Gender.MALE, Ethnicity.W1, null)
                .address("33 Gloucester Crescent", "Rushden", "NN10 0UT", "2020-02-17", null).save());
        added.add(person("Bailey", "Christopher", "1985-07-12", Gender.MALE, Ethnicity.W1, null)
                .address("5 Nene View", "Oundle", "PE8 4QS", "2015-09-28", null).save());
        // the Caring Dads Corby group that has held all its sessions
        added.add(person("Pearce", "Dean", "1987-02-20", Gender.MALE, Ethnicity.W1, null)
                .address("14 Rockingham Road", "Corby", "NN17 1AE", "2018-06-04", null).save());
        added.add(person("Gallagher", "Shane", "1990-11-08", Gender.MALE, Ethnicity.W3, null)
                .address("Flat 2, 9 Elizabeth Street", "Corby", "NN17 1PN", "2022-01-17", null).save());
        added.add(person("Pickering", "Carl", "1985-05-30", Gender.MALE, Ethnicity.W1, PncId.of(2004, 77120))
                .address("61 Studfall Avenue", "Corby", "NN17 1LG", "2016-09-12", null).save());
        added.add(person("Quinn", "Kieran", "1993-03-02", Gender.MALE, Ethnicity.W1, null)
                .address("7 Beanfield Avenue", "Corby", "NN18 0AZ", "2021-04-26", null).save());
        added.add(person("Mensah", "Abena", "1976-04-14", Gender.FEMALE, Ethnicity.B2, null)
                .address("13 Primrose Hill", "Corby", "NN18 0JQ", "2012-08-08", null)
                .save());
        return added;
    }

    /** The demo person of that name, for the demo case loads built on the people. */
    static Person named(List<Person> demoPeople, String surname, String forenames) {
        return demoPeople.stream()
                .filter(p -> p.surname().equals(surname) && p.forenames().equals(forenames))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No demo person " + surname + ", " + forenames));
    }

    private DemoPerson person(String surname, String forenames, String dateOfBirth, Gender gender,
            Ethnicity ethnicity, PncId pncId) {
        return new DemoPerson(surname, forenames, LocalDate.parse(dateOfBirth), gender, ethnicity, pncId);
    }

    /** Builds one demo person in the order a worker would fill the form. */
    private final class DemoPerson {

        private final String surname;
        private final String forenames;
        private final LocalDate dateOfBirth;
        private final Gender gender;
        private final Ethnicity ethnicity;
        private final PncId pncId;
        private Disability disability = Disability.NOT_KNOWN;
        private String firstLanguage = "English";
        private boolean interpreterRequired;
        private final List<Alias> aliases = new ArrayList<>();
        private final List<Address> addresses = new ArrayList<>();
        private final List<WarningMarker> markers = new ArrayList<>();

        DemoPerson(String surname, String forenames, LocalDate dateOfBirth, Gender gender, Ethnicity ethnicity,
                PncId pncId) {
            this.surname = surname;
            this.forenames = forenames;
            this.dateOfBirth = dateOfBirth;
            this.gender = gender;
            this.ethnicity = ethnicity;
            this.pncId = pncId;
        }

        DemoPerson language(String language, boolean needsInterpreter) {
            this.firstLanguage = language;
            this.interpreterRequired = needsInterpreter;
            return this;
        }

        DemoPerson disability(Disability value) {
            this.disability = value;
            return this;
        }

        DemoPerson alias(String aliasSurname, String aliasForenames) {
            aliases.add(new Alias(aliasSurname, aliasForenames));
            return this;
        }

        DemoPerson address(String line1, String town, String postcode, String from, String to) {
            addresses.add(new Address(line1, null, town, postcode, LocalDate.parse(from),
                    to == null ? null : LocalDate.parse(to)));
            return this;
        }

        /** @param shareable police agreed the notes may be shared with offender managers */
        DemoPerson marker(WarningMarkerType type, String since, String notes, boolean shareable) {
            markers.add(new WarningMarker(type, LocalDate.parse(since), new PoliceText(notes, shareable)));
            return this;
        }

        Person save() {
            Person person = new Person(new PersonDetails(surname, forenames, dateOfBirth, gender, ethnicity,
                    disability, firstLanguage, interpreterRequired, pncId), now);
            person.replaceAliases(aliases, now);
            person.replaceAddresses(addresses, now);
            person.replaceWarningMarkers(markers, now);
            people.add(person);
            return person;
        }
    }
}
