package uk.org.throughline.domain.model.caution;

import static uk.org.throughline.domain.model.incident.PoliceRecords.NOW;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Consumer;
import uk.org.throughline.domain.model.disposal.DecisionMaker;
import uk.org.throughline.domain.model.disposal.Disposal;
import uk.org.throughline.domain.model.incident.DashLevel;
import uk.org.throughline.domain.model.incident.Offence;
import uk.org.throughline.domain.model.incident.PoliceRecords;
import uk.org.throughline.domain.model.incident.RelationshipType;
import uk.org.throughline.domain.model.person.Gender;
import uk.org.throughline.domain.model.staff.PoliceRank;
import uk.org.throughline.domain.shared.PoliceText;

/**
 * Conditional cautions for the tests: Project PIPA with CARA's eligibility, a case that meets it, and
 * the caution given on 15/01/2026 for the common assault of {@link PoliceRecords}, each with the one
 * change a test is about.
 */
public final class CautionRecords {

    public static final LocalDate CAUTION_DAY = PoliceRecords.DECISION_DAY;
    /** 15/01/2026 + 16 weeks. */
    public static final LocalDate DEFAULT_DEADLINE = LocalDate.of(2026, 5, 7);
    public static final ConditionTerms ATTEND_PIPA = new ConditionTerms(ConditionType.REHABILITATIVE,
            new PoliceText("Attend and complete Project PIPA", false), "Project PIPA", null, null, null, null);
    public static final ConditionTerms NO_CONTACT = new ConditionTerms(ConditionType.RESTRICTIVE,
            new PoliceText("No contact with the victim", false), null, CAUTION_DAY, DEFAULT_DEADLINE, null, null);

    private CautionRecords() {
    }

    /** Project PIPA as the migration seeds it. */
    public static CautionScheme pipa() {
        return scheme(EnumSet.allOf(EligibilityRule.class), Gender.MALE, 18, 24, DashLevel.MEDIUM);
    }

    public static CautionScheme scheme(EnumSet<EligibilityRule> rules, Gender gender, int minimumAge,
            int lookbackMonths, DashLevel highestDash) {
        List<String> offences =
                List.of("common assault", "battery", "criminal damage", "harassment", "threatening behaviour", "theft");
        return new CautionScheme("Project PIPA", "Project PIPA", rules, gender, minimumAge, lookbackMonths, highestDash,
                offences);
    }

    /** A case that meets every PIPA rule. */
    public static EligibilityFacts facts() {
        return facts(meetsEveryRule -> { });
    }

    /** A case that meets every PIPA rule but for the change, e.g. {@code facts(f -> f.dash = highAtTheScene)}. */
    public static EligibilityFacts facts(Consumer<Facts> change) {
        Facts facts = new Facts();
        change.accept(facts);
        return new EligibilityFacts(facts.gender, facts.age, facts.relationship, facts.recentConvictions,
                facts.offence, facts.admitted, facts.bailOrOrders, facts.dash, facts.victimConsulted,
                facts.victimRaisesRisk, facts.coerciveControl);
    }

    /** The default caution, given. */
    public static ConditionalCaution give() {
        return give(asItIs -> { });
    }

    /** The caution given with a change, e.g. {@code give(c -> c.admitted = false)}. */
    public static ConditionalCaution give(Consumer<Caution> change) {
        Caution caution = new Caution();
        change.accept(caution);
        Disposal disposal = new Disposal(PoliceRecords.arrest(), caution.type.outcomeType(), DecisionMaker.POLICE,
                caution.today, "Admitted; suitable for diversion", caution.today, NOW);
        CautionTerms terms = new CautionTerms(caution.type, caution.offence, caution.cautionedOn, caution.admitted,
                caution.consented, new PoliceText(caution.victimViews, false), caution.appropriateAdult,
                caution.deadline, caution.conditions);
        return new ConditionalCaution(disposal, caution.scheme, caution.eligibility,
                new EligibilityOverride(caution.overrideReason, "inspector.demo", caution.overrideRank),
                caution.dateOfBirth, terms, caution.timescales, caution.today, NOW);
    }

    /** The facts the eligibility rules look at. */
    public static final class Facts {
        public Gender gender = Gender.MALE;
        public Integer age = 35;
        public RelationshipType relationship = RelationshipType.CURRENT_INTIMATE_PARTNER;
        public List<String> recentConvictions = List.of();
        public String offence = "Common assault (battery)";
        public boolean admitted = true;
        public List<String> bailOrOrders = List.of();
        public DashEvidence dash = DashEvidence.atTheScene(DashLevel.STANDARD);
        public boolean victimConsulted = true;
        public boolean victimRaisesRisk;
        public boolean coerciveControl;
    }

    /**
     * An adult conditional caution on PIPA for a man born 02/03/1990, admitted and consented to,
     * attending PIPA, meeting every rule, given and recorded on {@link #CAUTION_DAY}.
     */
    public static final class Caution {
        public CautionType type = CautionType.ADULT;
        public Offence offence = PoliceRecords.commonAssault();
        public LocalDate cautionedOn = CAUTION_DAY;
        public boolean admitted = true;
        public boolean consented = true;
        public String victimViews = "Wants him to get help; no specific risk raised";
        public String appropriateAdult;
        public LocalDate deadline;
        public List<ConditionTerms> conditions = List.of(ATTEND_PIPA);
        public CautionScheme scheme = pipa();
        public EligibilityAssessment eligibility = scheme.assess(facts());
        public String overrideReason;
        /** The rank of the officer giving it, who proceeds despite failed rules when there is a reason. */
        public PoliceRank overrideRank = PoliceRank.INSPECTOR;
        public LocalDate dateOfBirth = LocalDate.of(1990, 3, 2);
        public CautionTimescales timescales = CautionTimescales.DEFAULTS;
        /** The day it is recorded, and the disposal decided. */
        public LocalDate today = CAUTION_DAY;

        /** Makes it a youth conditional caution, on no scheme, for someone born on that day. */
        public void youth(LocalDate born) {
            type = CautionType.YOUTH;
            scheme = null;
            eligibility = null;
            dateOfBirth = born;
        }
    }
}
