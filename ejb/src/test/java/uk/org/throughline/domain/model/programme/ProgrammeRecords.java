package uk.org.throughline.domain.model.programme;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import uk.org.throughline.domain.model.caution.CautionCondition;
import uk.org.throughline.domain.model.caution.CautionRecords;
import uk.org.throughline.domain.model.caution.ConditionalCaution;
import uk.org.throughline.domain.model.person.Gender;

/**
 * The catalogue as the V3 migration seeds it, and referrals to it at each step of their life, for
 * the tests. Referrals are made on {@link #REFERRED}; later steps are dated a few days apart.
 */
public final class ProgrammeRecords {

    public static final Instant NOW = Instant.parse("2026-01-05T10:00:00Z");
    public static final LocalDate REFERRED = LocalDate.of(2026, 1, 5);
    public static final LocalDate ASSESSED = LocalDate.of(2026, 1, 19);
    public static final LocalDate ALLOCATED = LocalDate.of(2026, 1, 26);
    /** Far enough on for any step the tests take. */
    public static final LocalDate TODAY = LocalDate.of(2028, 6, 30);
    public static final String REFERRER = "sw.jones";
    public static final String PROGRAMME_TEAM = "pm.khan";
    public static final long CAUTION_ID = 7;
    public static final long CONDITION_ID = 70;

    private ProgrammeRecords() {
    }

    public static Programme pipa() {
        return new Programme(new ProgrammeDefinition("Project PIPA", "Men diverted by a conditional caution", 18, null,
                Gender.MALE, null, EnumSet.of(RiskLevel.LOW, RiskLevel.MEDIUM), Set.of(),
                Map.of(ReferralRoute.CONDITIONAL_CAUTION, EnforcementPolicy.CAUTION_NON_COMPLIANCE), DeliveryMode.GROUP,
                List.of(new ProgrammeModule("Workshop 1", 1, true), new ProgrammeModule("Workshop 2", 1, true)), 180, 4,
                4, 12, CompletionRule.ALL_REQUIRED_MODULES, null, EnumSet.of(ParallelSupport.PARTNER_CONTACT)));
    }

    public static Programme caringDads() {
        return new Programme(new ProgrammeDefinition("Caring Dads", "Fathers of children aged 0 to 12", 18, null,
                Gender.MALE, 12, EnumSet.of(RiskLevel.LOW, RiskLevel.MEDIUM, RiskLevel.HIGH),
                EnumSet.allOf(ProgrammeExclusion.class),
                Map.of(ReferralRoute.CHILDRENS_SOCIAL_CARE, EnforcementPolicy.CASE_WORKER_DECIDES,
                        ReferralRoute.VOLUNTARY, EnforcementPolicy.NONE), DeliveryMode.GROUP,
                List.of(new ProgrammeModule("Group sessions", 17, true)), 120, 1, 6, 10,
                CompletionRule.ATTENDANCE_PERCENTAGE, 80, EnumSet.of(ParallelSupport.MOTHERS_SUPPORT)));
    }

    public static Programme yuva() {
        return new Programme(new ProgrammeDefinition("YUVA", "Young people using violence to parents or partners", 11,
                18, null, null, EnumSet.of(RiskLevel.LOW, RiskLevel.MEDIUM, RiskLevel.HIGH), Set.of(),
                Map.of(ReferralRoute.YOUTH_OFFENDING_TEAM, EnforcementPolicy.CASE_WORKER_DECIDES,
                        ReferralRoute.CONDITIONAL_CAUTION, EnforcementPolicy.CASE_WORKER_DECIDES,
                        ReferralRoute.VOLUNTARY, EnforcementPolicy.NONE), DeliveryMode.ONE_TO_ONE,
                List.of(new ProgrammeModule("One-to-one work", 12, true)), 60, 1, 1, 1,
                CompletionRule.ALL_REQUIRED_MODULES, null,
                EnumSet.of(ParallelSupport.PARTNER_CONTACT, ParallelSupport.PARENT_SUPPORT)));
    }

    public static Programme buildingBetterRelationships() {
        return new Programme(new ProgrammeDefinition("Building Better Relationships", "Men convicted of intimate "
                + "partner violence", 18, null, Gender.MALE, null, EnumSet.of(RiskLevel.MEDIUM, RiskLevel.HIGH),
                Set.of(), Map.of(ReferralRoute.COURT_ORDER, EnforcementPolicy.WARNING_THEN_BREACH), DeliveryMode.GROUP,
                List.of(new ProgrammeModule("Foundation", 6, true), new ProgrammeModule("My Thinking", 8, true),
                        new ProgrammeModule("My Emotions", 8, true), new ProgrammeModule("My Relationships", 8, true)),
                150, 1, 4, 10, CompletionRule.ALL_REQUIRED_MODULES, null, EnumSet.of(ParallelSupport.PARTNER_CONTACT)));
    }

    /** Facts that meet every criterion of the four programmes but YUVA's age; change one for a test. */
    public static ReferralFacts facts(Consumer<Facts> change) {
        Facts facts = new Facts();
        change.accept(facts);
        return new ReferralFacts(facts.age, facts.gender, facts.youngestChildAge, facts.regularContact, facts.risk,
                facts.exclusions);
    }

    public static ReferralFacts facts() {
        return facts(meetsEveryCriterion -> { });
    }

    /** The details each programme's own route needs: children's social care, YOT or court order. */
    public static ReferralDetails details(Programme programme, long personId) {
        return switch (programme.name()) {
            case "Caring Dads" -> new ReferralDetails(personId, ReferralRoute.CHILDRENS_SOCIAL_CARE, REFERRED, null,
                    "CP-2026-0042", REFERRER);
            case "YUVA" -> new ReferralDetails(personId, ReferralRoute.YOUTH_OFFENDING_TEAM, REFERRED, null, null,
                    "yot.patel");
            default -> new ReferralDetails(personId, ReferralRoute.COURT_ORDER, REFERRED, 5L, null, "po.green");
        };
    }

    public static ProgrammeReferral received(Programme programme, long personId) {
        ReferralFacts facts = programme.name().equals("YUVA") ? facts(f -> f.age = 15) : facts();
        return ProgrammeReferral.refer(programme, details(programme, personId), facts, null, REFERRER, REFERRED, NOW);
    }

    public static ProgrammeReferral waiting(Programme programme, long personId) {
        return waiting(received(programme, personId));
    }

    public static ProgrammeReferral waiting(ProgrammeReferral received) {
        received.assessSuitable(null, ASSESSED, PROGRAMME_TEAM, TODAY, NOW);
        received.addToWaitingList(ASSESSED, PROGRAMME_TEAM, TODAY, NOW);
        return received;
    }

    /** Project PIPA's referral made by a caution (saved, so with ids), linked to the catalogue. */
    public static ProgrammeReferral cautionReferral(Programme pipa) {
        ConditionalCaution caution = savedCaution();
        ProgrammeReferral referral = ProgrammeReferral.forCautionCondition(caution,
                caution.programmeConditions().get(0), "pc.doe", NOW);
        referral.linkProgramme(pipa);
        return referral;
    }

    /** A Project PIPA caution as the database returns it: with its id and its condition's. */
    public static ConditionalCaution savedCaution() {
        ConditionalCaution caution = CautionRecords.give(c -> c.conditions = List.of(CautionRecords.ATTEND_PIPA));
        setId(ConditionalCaution.class, caution, CAUTION_ID);
        setId(CautionCondition.class, caution.programmeConditions().get(0), CONDITION_ID);
        return caution;
    }

    /** Stands in for the database, which gives a record its id when it is saved. */
    public static <T> T setId(Class<T> type, T record, long id) {
        try {
            Field field = type.getDeclaredField("id");
            field.setAccessible(true);
            field.set(record, id);
            return record;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What the referrer says about the person. */
    public static final class Facts {
        public Integer age = 34;
        public Gender gender = Gender.MALE;
        public Integer youngestChildAge = 6;
        public boolean regularContact = true;
        public RiskLevel risk = RiskLevel.MEDIUM;
        public Set<ProgrammeExclusion> exclusions = Set.of();
    }
}
