package uk.org.throughline.application.demo;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.org.throughline.application.police.CautionForms.CautionForm;
import uk.org.throughline.application.police.CautionForms.CautionForm.ConditionEntry;
import uk.org.throughline.application.police.internal.CautionRecorder;
import uk.org.throughline.domain.model.caution.CautionCondition;
import uk.org.throughline.domain.model.caution.CautionScheme;
import uk.org.throughline.domain.model.caution.CautionType;
import uk.org.throughline.domain.model.caution.ComplianceStatus;
import uk.org.throughline.domain.model.caution.ConditionType;
import uk.org.throughline.domain.model.caution.ConditionalCaution;
import uk.org.throughline.domain.model.caution.NonComplianceOutcome;
import uk.org.throughline.domain.model.disposal.CommunityRequirement;
import uk.org.throughline.domain.model.disposal.CourtCase;
import uk.org.throughline.domain.model.disposal.DecisionMaker;
import uk.org.throughline.domain.model.disposal.Disposal;
import uk.org.throughline.domain.model.disposal.OutcomeType;
import uk.org.throughline.domain.model.disposal.Plea;
import uk.org.throughline.domain.model.disposal.RequirementType;
import uk.org.throughline.domain.model.disposal.SentenceType;
import uk.org.throughline.domain.model.incident.AbuseType;
import uk.org.throughline.domain.model.incident.Arrest;
import uk.org.throughline.domain.model.incident.BailCondition;
import uk.org.throughline.domain.model.incident.CustodyResult;
import uk.org.throughline.domain.model.incident.DashLevel;
import uk.org.throughline.domain.model.incident.Incident;
import uk.org.throughline.domain.model.incident.IncidentDetails;
import uk.org.throughline.domain.model.incident.Involvement;
import uk.org.throughline.domain.model.incident.InvolvementRole;
import uk.org.throughline.domain.model.incident.Offence;
import uk.org.throughline.domain.model.incident.OffenceClass;
import uk.org.throughline.domain.model.incident.PoliceReference;
import uk.org.throughline.domain.model.incident.RelationshipType;
import uk.org.throughline.domain.model.incident.VoluntaryInterview;
import uk.org.throughline.domain.model.person.Person;
import uk.org.throughline.domain.model.risk.AssessmentDetails;
import uk.org.throughline.domain.model.risk.AssessmentSource;
import uk.org.throughline.domain.model.risk.DashAnswer;
import uk.org.throughline.domain.model.risk.DashQuestion;
import uk.org.throughline.domain.model.risk.DashSection;
import uk.org.throughline.domain.model.risk.RiskAssessment;
import uk.org.throughline.domain.shared.PoliceText;
import uk.org.throughline.domain.shared.UkDate;
import uk.org.throughline.infrastructure.persistence.CautionRepository;
import uk.org.throughline.infrastructure.persistence.CustodyRepository;
import uk.org.throughline.infrastructure.persistence.DisposalRepository;
import uk.org.throughline.infrastructure.persistence.IncidentRepository;
import uk.org.throughline.infrastructure.persistence.RiskRepository;

/**
 * The demo police case load: incidents across the demo people, arrests and custody results,
 * outcomes, court cases and conditional cautions in every state, dated back from the day it is
 * loaded so the police worklist has something on it. Cautions are given through the same
 * {@link CautionRecorder} as real ones, so they pass the same scheme rules. Part of
 * {@link DemoData}'s transaction.
 */
@Dependent
public class DemoPoliceCases {

    private static final String OFFICER = "police.demo";
    private static final String CUSTODY_SUITE = "Northampton Criminal Justice Centre";
    private static final String KETTERING_CUSTODY = "Weekley Wood Justice Centre, Kettering";
    private static final String MAGISTRATES = "Northampton Magistrates' Court";
    private static final String CROWN_COURT = "Northampton Crown Court";
    private static final String COMMON_ASSAULT = "Common assault (battery)";
    private static final String ABH = "Assault occasioning actual bodily harm";
    private static final String HARASSMENT = "Harassment (Protection from Harassment Act 1997 s.2)";
    private static final String COERCIVE_CONTROL = "Controlling or coercive behaviour (Serious Crime Act 2015 s.76)";
    private static final String PIPA_WORKSHOPS = "Attend and take part in both Project PIPA workshops";

    @Inject
    private IncidentRepository incidents;

    @Inject
    private CustodyRepository custody;

    @Inject
    private DisposalRepository disposals;

    @Inject
    private CautionRepository cautions;

    @Inject
    private CautionRecorder cautionRecorder;

    @Inject
    private RiskRepository risks;

    private List<Person> people;
    private LocalDate today;
    private Instant now;
    private int incidentsRecorded;
    private int arrestsRecorded;

    /** @return how many incidents were recorded */
    int load(List<Person> demoPeople, Instant loadedAt) {
        this.people = demoPeople;
        this.now = loadedAt;
        this.today = UkDate.dayOf(loadedAt);
        courtCases();
        noFurtherActionAndCommunityResolution();
        underInvestigation();
        conditionalCautions();
        return incidentsRecorded;
    }

    /** Charged: one case sentenced with a programme requirement and a restraining order, two still going. */
    private void courtCases() {
        Person obrien = person("O'Brien", "Daniel James");
        Incident assault = incident(250, "22:40", "Victim's home address, Northampton",
                RelationshipType.FORMER_INTIMATE_PARTNER, DashLevel.HIGH)
                .abuse(AbuseType.PHYSICAL, AbuseType.PSYCHOLOGICAL_EMOTIONAL)
                .suspect(obrien).victim(person("Smith-Jones", "Kerry"))
                .offence(ABH, OffenceClass.EITHER_WAY)
                .account("Punched and kicked his former partner after she refused to let him in; a neighbour "
                        + "called police.")
                .save();
        Arrest arrest = arrest(assault, obrien, 250, "23:30", CUSTODY_SUITE);
        custodyResult(arrest, CustodyResult.CHARGED_BAILED, 249,
                bail("Not to contact Kerry Smith-Jones directly or indirectly", 150),
                bail("Not to go to the victim's home address", 150));
        CourtCase sentenced = charge(arrest, 249, "Full code test met: injuries photographed and an independent "
                + "witness statement");
        sentenced.addHearing(daysAgo(235), MAGISTRATES, "Guilty plea; adjourned for a pre-sentence report", today, now);
        sentenced.recordPlea(Plea.GUILTY, daysAgo(235), today, now);
        sentenced.addHearing(daysAgo(150), MAGISTRATES, "Sentenced: community order and restraining order", today, now);
        sentenced.recordSentence(SentenceType.COMMUNITY_ORDER, daysAgo(150), daysAgo(150).plusMonths(24),
                List.of(new CommunityRequirement(RequirementType.ACCREDITED_PROGRAMME,
                                new PoliceText("Building Better Relationships", true)),
                        new CommunityRequirement(RequirementType.REHABILITATION_ACTIVITY,
                                new PoliceText("20 days", true))),
                today, now);
        sentenced.recordRestrainingOrderMade(daysAgo(150), today, now);

        Person gary = person("Evans", "Gary");
        Incident injuries = incident(60, "15:00", "Station Road, Corby", RelationshipType.FORMER_INTIMATE_PARTNER,
                DashLevel.HIGH)
                .abuse(AbuseType.PHYSICAL, AbuseType.PSYCHOLOGICAL_EMOTIONAL)
                .suspect(gary).victim(person("Evans", "Tracey"))
                .offence(ABH, OffenceClass.EITHER_WAY)
                .account("Pushed his former wife down the front steps when she came to collect her post.")
                .save();
        Arrest garyArrest = arrest(injuries, gary, 60, "16:10", KETTERING_CUSTODY);
        custodyResult(garyArrest, CustodyResult.CHARGED_REMANDED, 59);
        CourtCase trial = charge(garyArrest, 59, "Full code test met; remand sought because of his history");
        trial.addHearing(daysAgo(58), MAGISTRATES, "Not guilty plea; remanded in custody; trial listed", today, now);
        trial.recordPlea(Plea.NOT_GUILTY, daysAgo(58), today, now);
        trial.addHearing(today.plusDays(30), CROWN_COURT, null, today, now);

        Person stuart = person("Campbell", "Stuart");
        Incident control = incident(50, "11:30", "Victim's home address, Towcester", RelationshipType.CURRENT_INTIMATE_PARTNER,
                DashLevel.HIGH)
                .abuse(AbuseType.CONTROLLING_COERCIVE, AbuseType.ECONOMIC, AbuseType.PSYCHOLOGICAL_EMOTIONAL)
                .suspect(stuart).victim(person("Campbell", "Margaret"))
                .offence(COERCIVE_CONTROL, OffenceClass.EITHER_WAY)
                .account("Disclosed to her GP that he controls all money, her medication and who she may see.")
                .save();
        Arrest stuartArrest = arrest(control, stuart, 49, "09:15", CUSTODY_SUITE);
        custodyResult(stuartArrest, CustodyResult.CHARGED_BAILED, 48,
                bail("Not to contact Margaret Campbell except through a solicitor", -60));
        CourtCase awaitingPlea = charge(stuartArrest, 48, "Full code test met on the GP's records and bank statements");
        awaitingPlea.addHearing(daysAgo(34), MAGISTRATES, "First hearing: no plea indicated; adjourned", today, now);
        awaitingPlea.addHearing(today.plusDays(12), MAGISTRATES, null, today, now);
    }

    /** Counter-allegations: his case dropped, hers resolved in the community after a voluntary interview. */
    private void noFurtherActionAndCommunityResolution() {
        Person marcus = person("Williams", "Marcus");
        Person chantelle = person("Williams", "Chantelle");
        Incident his = incident(210, "18:05", "Car park, Corby town centre", RelationshipType.FORMER_INTIMATE_PARTNER,
                DashLevel.MEDIUM)
                .abuse(AbuseType.PHYSICAL)
                .suspect(marcus).victim(chantelle)
                .offence(COMMON_ASSAULT, OffenceClass.SUMMARY_ONLY)
                .account("Argument over child contact; she says he grabbed her by the arms.")
                .save();
        Arrest arrest = arrest(his, marcus, 210, "19:00", KETTERING_CUSTODY);
        custodyResult(arrest, CustodyResult.RELEASED_UNDER_INVESTIGATION, 209);
        disposals.add(new Disposal(arrest, OutcomeType.EVIDENTIAL_DIFFICULTIES_VICTIM_DOES_NOT_SUPPORT, DecisionMaker.POLICE,
                daysAgo(150), "She withdrew her support and declined to give a statement; no independent evidence",
                today, now));

        Incident hers = incident(210, "18:10", "Car park, Corby town centre", RelationshipType.FORMER_INTIMATE_PARTNER,
                DashLevel.STANDARD)
                .abuse(AbuseType.PHYSICAL, AbuseType.ECONOMIC)
                .suspect(chantelle).victim(marcus)
                .offence("Criminal damage", OffenceClass.EITHER_WAY)
                .account("He says she scratched his face and threw his phone on the ground, breaking it.")
                .save();
        VoluntaryInterview interview = new VoluntaryInterview(hers, chantelle.id(), at(195, "10:30"),
                "Corby Police Station", now);
        custody.add(interview);
        disposals.add(new Disposal(interview, OutcomeType.COMMUNITY_RESOLUTION, DecisionMaker.POLICE, daysAgo(195),
                "Admitted breaking the phone; first offence; agreed to pay for the repair and was referred for support",
                today, now));

        Person walsh = person("Walsh", "Liam Patrick");
        Incident earlier = incident(300, "21:20", "Victim's home address, Desborough",
                RelationshipType.FORMER_INTIMATE_PARTNER, DashLevel.HIGH)
                .abuse(AbuseType.CONTROLLING_COERCIVE, AbuseType.PHYSICAL)
                .suspect(walsh).victim(person("Bennett", "Laura"))
                .offence(COERCIVE_CONTROL, OffenceClass.EITHER_WAY)
                .save();
        Arrest walshArrest = arrest(earlier, walsh, 299, "08:40", KETTERING_CUSTODY);
        custodyResult(walshArrest, CustodyResult.RELEASED_UNDER_INVESTIGATION, 298);
        disposals.add(new Disposal(walshArrest, OutcomeType.EVIDENTIAL_DIFFICULTIES_VICTIM_DOES_NOT_SUPPORT,
                DecisionMaker.POLICE, daysAgo(240), "She moved away and no longer supports a prosecution", today, now));

        incident(90, "23:50", "Brookside, Northampton", RelationshipType.FORMER_INTIMATE_PARTNER, DashLevel.STANDARD)
                .abuse(AbuseType.PSYCHOLOGICAL_EMOTIONAL)
                .nonCrime()
                .suspect(person("Smyth", "Jon"))
                .account("A neighbour reported shouting in the street; his former partner left before police "
                        + "arrived and was not identified.")
                .save();
    }

    /** Investigations still open: on bail (several conditions expiring this week) or released under investigation. */
    private void underInvestigation() {
        Person ryan = person("Clarke", "Ryan");
        Incident stalking = incident(20, "19:15", "Kettering town centre", RelationshipType.FORMER_INTIMATE_PARTNER,
                DashLevel.MEDIUM)
                .abuse(AbuseType.STALKING_HARASSMENT, AbuseType.PSYCHOLOGICAL_EMOTIONAL)
                .suspect(ryan).victim(person("Clarke", "Zo\u00eb"))
                .offence("Stalking (Protection from Harassment Act 1997 s.2A)", OffenceClass.SUMMARY_ONLY)
                .account("Followed her from work three evenings running and sent over 200 messages in a week.")
                .save();
        custodyResult(arrest(stalking, ryan, 20, "21:00", KETTERING_CUSTODY), CustodyResult.BAILED_WITH_CONDITIONS,
                19, bail("Not to contact Zo\u00eb Clarke directly or indirectly, including through social media", -5),
                bail("To live and sleep each night at 88 Stamford Road, Kettering", -5));

        Person walsh = person("Walsh", "Liam Patrick");
        Incident strangled = incident(15, "23:10", "Victim's home address, Kettering",
                RelationshipType.CURRENT_INTIMATE_PARTNER, DashLevel.HIGH)
                .abuse(AbuseType.PHYSICAL, AbuseType.CONTROLLING_COERCIVE, AbuseType.PSYCHOLOGICAL_EMOTIONAL)
                .suspect(walsh).victim(person("Doherty", "Niamh")).childrenPresent()
                .offence(ABH, OffenceClass.EITHER_WAY)
                .account("Grabbed her by the throat during an argument about her phone, with her two children "
                        + "upstairs; marks to the neck.")
                .save();
        custodyResult(arrest(strangled, walsh, 14, "00:20", KETTERING_CUSTODY), CustodyResult.BAILED_WITH_CONDITIONS,
                14, bail("Not to contact Niamh Doherty directly or indirectly", -6),
                bail("Not to go to the victim's home address", -6));

        Person imran = person("Ali", "Imran");
        Incident messages = incident(35, "14:00", "Online and by telephone", RelationshipType.FORMER_INTIMATE_PARTNER,
                DashLevel.MEDIUM)
                .abuse(AbuseType.STALKING_HARASSMENT)
                .suspect(imran).victim(person("Hussain", "Ayesha"))
                .offence(HARASSMENT, OffenceClass.SUMMARY_ONLY)
                .account("Repeated calls and messages to her and her family trying to find out where she is living.")
                .save();
        custodyResult(arrest(messages, imran, 34, "10:05", CUSTODY_SUITE), CustodyResult.BAILED_WITH_CONDITIONS, 33,
                bail("Not to contact Ayesha Hussain or her family directly or indirectly", -2));

        Person dean = person("Harris", "Dean");
        Incident household = incident(25, "20:45", "Victim's home address, Northampton",
                RelationshipType.CURRENT_INTIMATE_PARTNER, DashLevel.MEDIUM)
                .abuse(AbuseType.PHYSICAL, AbuseType.PSYCHOLOGICAL_EMOTIONAL)
                .suspect(dean).victim(person("Harris", "Leanne")).child(person("Harris", "Kyle"))
                .offence(COMMON_ASSAULT, OffenceClass.SUMMARY_ONLY)
                .account("Slapped her in front of their son; Kyle's school told under Operation Encompass.")
                .save();
        custodyResult(arrest(household, dean, 25, "21:30", CUSTODY_SUITE), CustodyResult.BAILED_WITH_CONDITIONS, 24,
                bail("Not to contact Leanne Harris directly or indirectly", -25),
                bail("Not to go to the family home", -25));
        highRiskChecklist(person("Harris", "Leanne"), household, 23);

        Person owain = person("Hughes", "Owain");
        Incident threats = incident(40, "16:20", "Victim's home address, Wellingborough",
                RelationshipType.FORMER_INTIMATE_PARTNER, DashLevel.HIGH)
                .abuse(AbuseType.PSYCHOLOGICAL_EMOTIONAL, AbuseType.STALKING_HARASSMENT)
                .suspect(owain).victim(person("Hughes", "Si\u00e2n"))
                .offence("Threats to kill (Offences Against the Person Act 1861 s.16)", OffenceClass.EITHER_WAY)
                .account("Told her on the doorstep that he would kill her if she kept the house.")
                .save();
        custodyResult(arrest(threats, owain, 40, "18:05", CUSTODY_SUITE), CustodyResult.RELEASED_UNDER_INVESTIGATION,
                39);
    }

    /** Project PIPA cautions in every state the worklist cares about, and a youth caution. */
    private void conditionalCautions() {
        long pipa = cautions.findSchemeByName("Project PIPA").map(CautionScheme::id).orElseThrow();
        ConditionEntry workshops = programme(PIPA_WORKSHOPS, null);

        // active, due within the fortnight
        Arrest patel = cautionCase(person("Patel", "Rajesh"), person("Patel", "Priya"), 108,
                RelationshipType.CURRENT_INTIMATE_PARTNER, COMMON_ASSAULT, AbuseType.PHYSICAL);
        give(adult(patel, pipa, 105, null, "Priya supports the caution and wants him to attend the course; the IDVA "
                + "service has contacted her.", workshops));

        // active, but the summary time limit passes before the (extended) deadline
        Arrest okafor = cautionCase(person("Okafor", "Emeka"), person("Okafor", "Chidinma"), 165,
                RelationshipType.FORMER_INTIMATE_PARTNER, HARASSMENT, AbuseType.STALKING_HARASSMENT);
        LocalDate extended = daysAgo(100).plusWeeks(20);
        give(adult(okafor, pipa, 100, extended, "Consulted through her IDVA: she wants no contact and supports the "
                + "course.", workshops, new ConditionEntry(ConditionType.RESTRICTIVE,
                        "Not to contact Chidinma Okafor directly or indirectly", false, null, daysAgo(100), extended,
                        null, null)));

        // failed, waiting for the decision
        Arrest murphy = cautionCase(person("Murphy", "Sean"), person("Murphy", "Bridget"), 75,
                RelationshipType.CURRENT_INTIMATE_PARTNER, "Threatening behaviour (Public Order Act 1986 s.4)",
                AbuseType.PSYCHOLOGICAL_EMOTIONAL);
        ConditionalCaution failed = give(adult(murphy, pipa, 60, null, "Bridget agreed to the caution; she raised no "
                + "specific risk.", workshops));
        changeStatus(failed, ComplianceStatus.FAILED, 10,
                "Did not attend the second workshop and gave no reasonable excuse");

        // failed, prosecution decided and the original offence charged
        Arrest nowak = cautionCase(person("Nowak", "Piotr"), person("Nowak", "Katarzyna"), 130,
                RelationshipType.CURRENT_INTIMATE_PARTNER, COMMON_ASSAULT, AbuseType.PHYSICAL);
        ConditionalCaution prosecuted = give(adult(nowak, pipa, 120, null, "Katarzyna supported the caution through "
                + "an interpreter.", workshops));
        changeStatus(prosecuted, ComplianceStatus.FAILED, 40, "Attended neither workshop despite two reminders");
        prosecuted.recordNonComplianceDecision(NonComplianceOutcome.PROSECUTE_ORIGINAL_OFFENCE, DecisionMaker.CPS,
                daysAgo(30), "No reasonable excuse; she supports a prosecution", today, now);
        Disposal prosecution = prosecuted.prosecution().orElseThrow();
        disposals.add(prosecution);
        prosecution.courtCase().orElseThrow().addHearing(today.plusDays(10), MAGISTRATES, null, today, now);

        // complied with both conditions
        Arrest lloydDavies = cautionCase(person("Lloyd-Davies", "Rhys"), person("Lloyd-Davies", "Catrin"), 140,
                RelationshipType.CURRENT_INTIMATE_PARTNER, "Criminal damage", AbuseType.ECONOMIC);
        ConditionalCaution complied = give(adult(lloydDavies, pipa, 130, null, "Catrin wants him to get help; no "
                + "specific risk raised.", workshops, new ConditionEntry(ConditionType.FINANCIAL_PENALTY,
                        "Pay a financial penalty", true, null, null, null, new BigDecimal("75.00"), null)));
        changeStatus(complied, ComplianceStatus.COMPLIED, 100, null);
        changeStatus(complied, ComplianceStatus.COMPLIED, 30, null);

        // youth conditional caution, with the appropriate adult present (he is 16)
        Arrest jakub = cautionCase(person("Kowalski", "Jakub"), person("Kowalska", "Agnieszka"), 25,
                RelationshipType.CHILD_TO_PARENT, "Criminal damage", AbuseType.PHYSICAL);
        give(new CautionForm(jakub.id(), null, CautionType.YOUTH, null, 0, daysAgo(20), true, true,
                "His mother wants help for him rather than a prosecution and has been offered the YUVA parents' group.",
                false, false, "Anna Nowicka (appropriate adult volunteer)", null, DecisionMaker.POLICE,
                List.of(programme("Attend YUVA one-to-one sessions with the youth offending service", "YUVA")), null));
    }

    /** An incident with one offence, the suspect arrested that evening and dealt with out of court later. */
    private Arrest cautionCase(Person suspect, Person victim, int offenceDaysAgo, RelationshipType relationship,
            String offence, AbuseType abuse) {
        Incident incident = incident(offenceDaysAgo, "19:30", "Victim's home address", relationship,
                DashLevel.STANDARD)
                .abuse(abuse)
                .suspect(suspect).victim(victim)
                .offence(offence, offenceClass(offence))
                .save();
        return arrest(incident, suspect, offenceDaysAgo, "21:00", CUSTODY_SUITE);
    }

    private static OffenceClass offenceClass(String offence) {
        return offence.equals("Criminal damage") ? OffenceClass.EITHER_WAY : OffenceClass.SUMMARY_ONLY;
    }

    private CautionForm adult(Arrest arrest, long schemeId, int daysAgo, LocalDate deadline, String victimViews,
            ConditionEntry... conditions) {
        return new CautionForm(arrest.id(), null, CautionType.ADULT, schemeId, 0, daysAgo(daysAgo), true, true,
                victimViews, false, false, null, deadline, DecisionMaker.POLICE, List.of(conditions), null);
    }

    /** A programme's wording names no one, so police mark it shareable with the offender managers who run it. */
    private static ConditionEntry programme(String description, String programmeName) {
        return new ConditionEntry(ConditionType.REHABILITATIVE, description, true, programmeName, null, null, null,
                null);
    }

    private ConditionalCaution give(CautionForm form) {
        Arrest arrest = custody.getArrest(form.arrestId());
        arrest.recordCustodyResult(CustodyResult.OUT_OF_COURT_DISPOSAL, form.cautionedOn(), List.of(), today, now);
        return cautionRecorder.give(form, OFFICER, today, now);
    }

    /** Changes the first condition still active; the demo's notes are about attendance, which police share. */
    private void changeStatus(ConditionalCaution caution, ComplianceStatus status, int daysAgo, String note) {
        CautionCondition condition = caution.conditions().stream()
                .filter(c -> c.status() == ComplianceStatus.ACTIVE)
                .findFirst()
                .orElseThrow();
        caution.changeConditionStatus(condition, status, daysAgo(daysAgo), new PoliceText(note, true), today, now);
    }

    /**
     * The IDVA's DASH checklist for the victim of the incident, 15 "yes" answers: high risk, although police
     * found medium at the scene. Checking a Project PIPA caution for the suspect fails on it.
     */
    private void highRiskChecklist(Person victim, Incident incident, int daysAgo) {
        Map<DashQuestion, DashAnswer> answers = new EnumMap<>(DashQuestion.class);
        List<DashQuestion> questions = DashQuestion.of(DashSection.CHECKLIST);
        questions.forEach(question -> answers.put(question,
                questions.indexOf(question) < 15 ? DashAnswer.YES : DashAnswer.NO));
        risks.add(new RiskAssessment(new AssessmentDetails(victim.id(), daysAgo(daysAgo), "Rachel Evans (IDVA)",
                AssessmentSource.IDVA, incident.id(), answers, null, null), "partner.demo", today, now));
    }

    private Arrest arrest(Incident incident, Person suspect, int daysAgo, String time, String station) {
        Arrest arrest = new Arrest(incident, suspect.id(), String.format("CR/%02d/%05d", yearOf(daysAgo),
                2300 + arrestsRecorded++), at(daysAgo, time), station, now);
        custody.add(arrest);
        return arrest;
    }

    private void custodyResult(Arrest arrest, CustodyResult result, int daysAgo, BailCondition.Terms... conditions) {
        arrest.recordCustodyResult(result, daysAgo(daysAgo), List.of(conditions), today, now);
    }

    /** @param expiresDaysAgo negative for a condition that expires in the future; the wording is not shared */
    private BailCondition.Terms bail(String text, int expiresDaysAgo) {
        return new BailCondition.Terms(new PoliceText(text, false), daysAgo(expiresDaysAgo));
    }

    private CourtCase charge(Arrest arrest, int daysAgo, String reason) {
        Disposal disposal = new Disposal(arrest, OutcomeType.CHARGED_OR_SUMMONSED, DecisionMaker.CPS,
                daysAgo(daysAgo), reason, today, now);
        disposals.add(disposal);
        return disposal.courtCase().orElseThrow();
    }

    private Person person(String surname, String forenames) {
        return DemoData.named(people, surname, forenames);
    }

    private LocalDate daysAgo(int days) {
        return today.minusDays(days);
    }

    private int yearOf(int daysAgo) {
        return daysAgo(daysAgo).getYear() % 100;
    }

    private Instant at(int daysAgo, String time) {
        return UkDate.instant(daysAgo(daysAgo).atTime(LocalTime.parse(time)));
    }

    private DemoIncident incident(int daysAgo, String time, String location, RelationshipType relationship,
            DashLevel dashLevel) {
        return new DemoIncident(daysAgo, time, location, relationship, dashLevel);
    }

    /** Builds one demo incident in the order an officer would fill the form. */
    private final class DemoIncident {

        private final int daysAgo;
        private final String time;
        private final String location;
        private final RelationshipType relationship;
        private final DashLevel dashLevel;
        private final Set<AbuseType> abuseTypes = EnumSet.noneOf(AbuseType.class);
        private final List<Involvement> involved = new ArrayList<>();
        private final List<Offence> offences = new ArrayList<>();
        private boolean crime = true;
        private boolean childrenPresent;
        private String account;

        DemoIncident(int daysAgo, String time, String location, RelationshipType relationship, DashLevel dashLevel) {
            this.daysAgo = daysAgo;
            this.time = time;
            this.location = location;
            this.relationship = relationship;
            this.dashLevel = dashLevel;
        }

        DemoIncident abuse(AbuseType... types) {
            abuseTypes.addAll(List.of(types));
            return this;
        }

        DemoIncident suspect(Person person) {
            involved.add(new Involvement(person.id(), InvolvementRole.SUSPECT));
            return this;
        }

        DemoIncident victim(Person person) {
            involved.add(new Involvement(person.id(), InvolvementRole.VICTIM));
            return this;
        }

        DemoIncident child(Person person) {
            involved.add(new Involvement(person.id(), InvolvementRole.CHILD_PRESENT));
            return this;
        }

        DemoIncident offence(String description, OffenceClass offenceClass) {
            offences.add(new Offence(description, offenceClass, daysAgo(daysAgo), today));
            return this;
        }

        /** Children were there but are not on the index. */
        DemoIncident childrenPresent() {
            childrenPresent = true;
            return this;
        }

        DemoIncident nonCrime() {
            crime = false;
            return this;
        }

        DemoIncident account(String text) {
            account = text;
            return this;
        }

        Incident save() {
            PoliceReference reference = PoliceReference.parse(String.format("NP/%02d/%06d", yearOf(daysAgo),
                    4100 + incidentsRecorded++));
            boolean children = childrenPresent
                    || involved.stream().anyMatch(i -> i.role() == InvolvementRole.CHILD_PRESENT);
            Incident incident = new Incident(new IncidentDetails(reference, at(daysAgo, time), location, abuseTypes,
                    relationship, involved, children, crime, offences, dashLevel, account), now);
            incidents.add(incident);
            return incident;
        }
    }
}
