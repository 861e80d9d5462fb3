package uk.org.throughline.application.police.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import uk.org.throughline.application.police.CautionForms.CautionForm;
import uk.org.throughline.application.programme.ReferralMade;
import uk.org.throughline.domain.model.caution.CautionScheme;
import uk.org.throughline.domain.model.caution.CautionTimescales;
import uk.org.throughline.domain.model.caution.CautionType;
import uk.org.throughline.domain.model.caution.ComplianceStatus;
import uk.org.throughline.domain.model.caution.ConditionalCaution;
import uk.org.throughline.domain.model.caution.DashEvidence;
import uk.org.throughline.domain.model.caution.EarlierOffending;
import uk.org.throughline.domain.model.caution.EligibilityAssessment;
import uk.org.throughline.domain.model.caution.EligibilityFacts;
import uk.org.throughline.domain.model.caution.EligibilityOverride;
import uk.org.throughline.domain.model.disposal.Disposal;
import uk.org.throughline.domain.model.disposal.OutcomeType;
import uk.org.throughline.domain.model.disposal.Verdict;
import uk.org.throughline.domain.model.incident.AbuseType;
import uk.org.throughline.domain.model.incident.Arrest;
import uk.org.throughline.domain.model.incident.BailCondition;
import uk.org.throughline.domain.model.incident.Incident;
import uk.org.throughline.domain.model.incident.Involvement;
import uk.org.throughline.domain.model.incident.InvolvementRole;
import uk.org.throughline.domain.model.incident.Offence;
import uk.org.throughline.domain.model.incident.SuspectContact;
import uk.org.throughline.domain.model.person.Person;
import uk.org.throughline.domain.model.programme.ProgrammeReferral;
import uk.org.throughline.domain.model.risk.RiskAssessment;
import uk.org.throughline.domain.shared.Fields;
import uk.org.throughline.domain.shared.InvalidFieldException;
import uk.org.throughline.domain.shared.UkDate;
import uk.org.throughline.infrastructure.persistence.CautionRepository;
import uk.org.throughline.infrastructure.persistence.CustodyRepository;
import uk.org.throughline.infrastructure.persistence.DisposalRepository;
import uk.org.throughline.infrastructure.persistence.PersonRepository;
import uk.org.throughline.infrastructure.persistence.ProgrammeRepository;
import uk.org.throughline.infrastructure.persistence.ReferralRepository;
import uk.org.throughline.infrastructure.persistence.RiskRepository;
import uk.org.throughline.infrastructure.persistence.StaffRepository;

/**
 * Checks a conditional caution against its scheme from what the records say, and gives it: the
 * disposal, the caution and a programme referral for each programme condition, saved together in
 * the caller's transaction, each referral tied to the catalogue's programme its condition names.
 * Shared by the caution service and the demo data, so both follow the same rules; it checks no roles
 * and writes no audit rows (the service does).
 */
@ApplicationScoped
public class CautionRecorder {

    /** Outcomes that count as an earlier caution for a scheme's look-back. */
    private static final Set<OutcomeType> CAUTIONS = Set.of(OutcomeType.CAUTION_ADULT, OutcomeType.CAUTION_YOUTH);

    @Inject
    private CustodyRepository custody;

    @Inject
    private PersonRepository people;

    @Inject
    private DisposalRepository disposals;

    @Inject
    private CautionRepository cautions;

    @Inject
    private ReferralRepository referrals;

    @Inject
    private ProgrammeRepository programmes;

    @Inject
    private OutcomeHistory outcomes;

    @Inject
    private RiskRepository risk;

    @Inject
    private StaffRepository staff;

    @Inject
    private Event<ReferralMade> referralMade;

    /**
     * The case a caution form describes, read from the records.
     *
     * @param scheme null when the form names none (allowed for a youth caution)
     */
    public record CautionCase(SuspectContact contact, Person person, CautionScheme scheme, Offence offence) {

        Incident incident() {
            return contact.incident();
        }
    }

    /**
     * @throws InvalidFieldException naming the form's field that points at nothing suitable, or on
     *         "cautionedOn" for a caution in the future: eligibility is checked as things stand that day
     */
    public CautionCase caseOf(CautionForm form, LocalDate today) {
        Fields.pastDate(form.cautionedOn(), today, "cautionedOn", "date of the caution");
        SuspectContact contact = PoliceMapping.contact(custody, form.arrestId(), form.voluntaryInterviewId());
        CautionScheme scheme = form.schemeId() == null ? null : cautions.findScheme(form.schemeId())
                .filter(CautionScheme::isActive)
                .orElseThrow(() -> new InvalidFieldException("schemeId", "Select one of the active diversion schemes"));
        return new CautionCase(contact, people.getActive(contact.personId()), scheme,
                contact.incident().offence(form.offenceIndex()));
    }

    /** Checks the case against its scheme's rules as things stand on the day of the caution. */
    public EligibilityAssessment assess(CautionCase cautionCase, CautionForm form) {
        Person person = cautionCase.person();
        Incident incident = cautionCase.incident();
        LocalDate day = form.cautionedOn();
        EligibilityFacts facts = new EligibilityFacts(person.gender(),
                person.dateOfBirth() == null ? null : CautionType.ageOn(person.dateOfBirth(), day),
                incident.relationship(),
                recentDomesticAbuseOrViolence(person, day, cautionCase.scheme().lookbackMonths()),
                cautionCase.offence().description(), form.offenceAdmitted(),
                currentBailOrOrders(person.id(), incident, day), dashEvidence(incident, day),
                form.victimViews() != null && !form.victimViews().isBlank(), form.victimRaisesSpecificRisk(),
                incident.abuseTypes().contains(AbuseType.CONTROLLING_COERCIVE));
        return cautionCase.scheme().assess(facts);
    }

    /**
     * Records the caution with its disposal and referrals.
     *
     * @param officer username of the officer giving it: the referrals are attributed to them, and an
     *                override of failed rules is theirs, allowed by their rank
     * @throws uk.org.throughline.domain.model.caution.IneligibleForCautionException if scheme rules failed
     *         and the form gives no reason to proceed
     */
    public ConditionalCaution give(CautionForm form, String officer, LocalDate today, Instant now) {
        CautionCase cautionCase = caseOf(form, today);
        CautionScheme scheme = cautionCase.scheme();
        outcomes.requireMayRecord(cautionCase.contact(), form.cautionType().outcomeType());
        Disposal disposal = new Disposal(cautionCase.contact(), form.cautionType().outcomeType(),
                form.decisionMaker(), form.cautionedOn(),
                form.cautionType().label() + (scheme == null ? "" : " under " + scheme.name()), today, now);
        ConditionalCaution caution = new ConditionalCaution(disposal, scheme,
                scheme == null ? null : assess(cautionCase, form), new EligibilityOverride(
                        form.eligibilityOverrideReason(), officer, staff.getByUsername(officer).rank()),
                cautionCase.person().dateOfBirth(), CautionMapping.terms(form, cautionCase.offence(), scheme),
                CautionTimescales.from(System::getProperty), today, now);
        disposals.add(disposal);
        cautions.add(caution);
        caution.programmeConditions().forEach(condition -> {
            ProgrammeReferral referral = ProgrammeReferral.forCautionCondition(caution, condition, officer, now);
            // a condition naming no programme that takes cautions stays unlinked until the programme team chooses one
            programmes.findByName(referral.programmeName())
                    .filter(programme -> programme.enforcementByRoute().containsKey(referral.route()))
                    .ifPresent(referral::linkProgramme);
            referrals.add(referral);
            referralMade.fire(new ReferralMade(referral.id(), now));
        });
        return caution;
    }

    /**
     * The highest DASH level recorded for the incident: the scene's, or a checklist for one of its victims
     * made for this incident by {@code day}, or her latest by then when none was made for it.
     */
    private DashEvidence dashEvidence(Incident incident, LocalDate day) {
        List<RiskAssessment> checklists = new ArrayList<>();
        for (long victimId : victimsOf(incident)) {
            // oldest first, so the last is her latest by then
            List<RiskAssessment> byThen = risk.assessmentsOf(victimId).stream()
                    .filter(assessment -> !assessment.assessedOn().isAfter(day))
                    .toList();
            List<RiskAssessment> forIncident = byThen.stream()
                    .filter(assessment -> incident.id().equals(assessment.incidentId()))
                    .toList();
            if (!forIncident.isEmpty()) {
                checklists.addAll(forIncident);
            } else if (!byThen.isEmpty()) {
                checklists.add(byThen.get(byThen.size() - 1));
            }
        }
        return DashEvidence.highest(incident.dashLevel(), checklists);
    }

    /**
     * Cautions (not withdrawn) and convictions within the look-back before {@code day} for domestic abuse
     * or violence (see {@link EarlierOffending}), described.
     */
    private List<String> recentDomesticAbuseOrViolence(Person person, LocalDate day, int lookbackMonths) {
        LocalDate from = day.minusMonths(lookbackMonths);
        Set<Long> withdrawn = cautions.cautionsOf(person.id()).stream()
                .filter(caution -> caution.status() == ComplianceStatus.WITHDRAWN)
                .map(caution -> caution.disposal().id())
                .collect(Collectors.toSet());
        List<String> found = new ArrayList<>();
        disposals.disposalsOf(person.id()).stream()
                .filter(disposal -> CAUTIONS.contains(disposal.outcomeType()) && !withdrawn.contains(disposal.id())
                        && within(disposal.decidedOn(), from, day))
                .forEach(disposal -> counted(person, disposal.incident()).ifPresent(kind -> found.add("cautioned on "
                        + UkDate.format(disposal.decidedOn()) + " for " + kind + " (incident "
                        + disposal.incident().reference() + ")")));
        disposals.courtCasesOf(person.id()).stream()
                .filter(courtCase -> courtCase.verdict() == Verdict.GUILTY && within(courtCase.verdictOn(), from, day))
                .forEach(courtCase -> counted(person, courtCase.disposal().incident()).ifPresent(kind -> found.add(
                        "convicted on " + UkDate.format(courtCase.verdictOn()) + " of " + kind + " (incident "
                                + courtCase.disposal().incident().reference() + ")")));
        return found;
    }

    /** "domestic abuse" or "violence" when an outcome of the incident counts against the look-back. */
    private Optional<String> counted(Person offender, Incident incident) {
        List<LocalDate> victimsBorn = victimsOf(incident).stream()
                .map(victimId -> people.get(victimId).dateOfBirth())
                .toList();
        return Optional.ofNullable(EarlierOffending.domesticAbuseOrViolence(incident, offender.dateOfBirth(),
                victimsBorn));
    }

    private static List<Long> victimsOf(Incident incident) {
        return incident.involvements().stream()
                .filter(involvement -> involvement.role() == InvolvementRole.VICTIM)
                .map(Involvement::personId)
                .toList();
    }

    /**
     * Bail conditions, sentences and other conditional cautions the person is under on {@code day}.
     * Bail for this incident is left out: the caution is what ends it.
     */
    private List<String> currentBailOrOrders(long personId, Incident incident, LocalDate day) {
        List<String> found = new ArrayList<>();
        for (Arrest arrest : custody.arrestsOf(personId)) {
            if (!arrest.incident().id().equals(incident.id())) {
                arrest.bailConditionsInForceOn(day).stream()
                        .map(BailCondition::expiresOn)
                        .max(Comparator.naturalOrder())
                        .ifPresent(until -> found.add("on bail with conditions until " + UkDate.format(until)
                                + " (incident " + arrest.incident().reference() + ")"));
            }
        }
        disposals.courtCasesOf(personId).stream()
                .filter(courtCase -> courtCase.isServingSentenceOn(day) && !courtCase.sentencedOn().isAfter(day))
                .forEach(courtCase -> found.add("serving a sentence (" + courtCase.sentenceType().label() + ") until "
                        + UkDate.format(courtCase.sentenceEndsOn()) + " (incident "
                        + courtCase.disposal().incident().reference() + ")"));
        cautions.cautionsOf(personId).stream()
                .filter(caution -> caution.status() == ComplianceStatus.ACTIVE && !caution.cautionedOn().isAfter(day))
                .forEach(caution -> found.add("subject to a conditional caution due by "
                        + UkDate.format(caution.complianceDeadline()) + " (incident " + caution.incident().reference()
                        + ")"));
        return found;
    }

    private static boolean within(LocalDate date, LocalDate from, LocalDate to) {
        return date != null && !date.isBefore(from) && !date.isAfter(to);
    }
}
