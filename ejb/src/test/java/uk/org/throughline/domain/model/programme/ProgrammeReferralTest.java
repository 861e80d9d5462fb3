package uk.org.throughline.domain.model.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.org.throughline.domain.model.incident.PoliceRecords.SUSPECT;
import static uk.org.throughline.domain.model.programme.ProgrammeRecords.ALLOCATED;
import static uk.org.throughline.domain.model.programme.ProgrammeRecords.ASSESSED;
import static uk.org.throughline.domain.model.programme.ProgrammeRecords.NOW;
import static uk.org.throughline.domain.model.programme.ProgrammeRecords.PROGRAMME_TEAM;
import static uk.org.throughline.domain.model.programme.ProgrammeRecords.REFERRED;
import static uk.org.throughline.domain.model.programme.ProgrammeRecords.REFERRER;
import static uk.org.throughline.domain.model.programme.ProgrammeRecords.TODAY;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.org.throughline.domain.model.caution.CautionCondition;
import uk.org.throughline.domain.model.caution.CautionRecords;
import uk.org.throughline.domain.model.caution.ComplianceStatus;
import uk.org.throughline.domain.model.caution.ConditionalCaution;
import uk.org.throughline.domain.shared.BusinessException;
import uk.org.throughline.domain.shared.InvalidFieldException;

class ProgrammeReferralTest {

    private final Programme caringDads = ProgrammeRecords.caringDads();
    private final Programme pipa = ProgrammeRecords.pipa();

    /** A caution's Project PIPA referral whose first workshop was on 02/02/2026. */
    private ProgrammeReferral cautionReferralInProgress() {
        ProgrammeReferral referral = ProgrammeRecords.waiting(ProgrammeRecords.cautionReferral(pipa));
        new Cohort(pipa, "PIPA February 2026", "Campbell House", null, Set.of("f.ali"), NOW)
                .admit(referral, List.of(), ALLOCATED, PROGRAMME_TEAM, TODAY, NOW);
        referral.start(LocalDate.of(2026, 2, 2), "f.ali", NOW);
        return referral;
    }

    @Test
    void aProgrammeConditionRefersThePersonOnTheDayOfTheCaution() {
        ConditionalCaution caution = ProgrammeRecords.savedCaution();
        ProgrammeReferral referral = ProgrammeReferral.forCautionCondition(caution,
                caution.programmeConditions().get(0), "PC 1234 Jane Doe", NOW);
        assertEquals(SUSPECT, referral.personId());
        assertEquals("Project PIPA", referral.programmeName());
        assertEquals(ReferralRoute.CONDITIONAL_CAUTION, referral.route());
        assertEquals(ReferralStatus.RECEIVED, referral.status());
        assertEquals(CautionRecords.CAUTION_DAY, referral.referredOn());
        assertEquals("PC 1234 Jane Doe", referral.referredBy());
        assertEquals(ProgrammeRecords.CAUTION_ID, referral.conditionalCautionId());
        assertEquals(ProgrammeRecords.CONDITION_ID, referral.cautionConditionId());
        assertEquals(List.of(ReferralStatus.RECEIVED), referral.history().stream().map(ReferralStep::status).toList());
        assertEquals(Optional.empty(), referral.programme());
    }

    @Test
    void onlyAProgrammeConditionMakesAReferral() {
        ConditionalCaution caution = CautionRecords.give(
                c -> c.conditions = List.of(CautionRecords.ATTEND_PIPA, CautionRecords.NO_CONTACT));
        ProgrammeRecords.setId(ConditionalCaution.class, caution, ProgrammeRecords.CAUTION_ID);
        caution.conditions().forEach(condition -> ProgrammeRecords.setId(
                CautionCondition.class, condition, ProgrammeRecords.CONDITION_ID));
        assertThrows(IllegalArgumentException.class, () -> ProgrammeReferral.forCautionCondition(caution,
                caution.conditions().get(1), "PC 1234 Jane Doe", NOW));
    }

    @Test
    void aReferralIsNotMadeForAnUnsavedCaution() {
        ConditionalCaution caution = CautionRecords.give();
        assertThrows(IllegalStateException.class, () -> ProgrammeReferral.forCautionCondition(caution,
                caution.conditions().get(0), "PC 1234 Jane Doe", NOW));
    }

    @Test
    void aCautionReferralIsAssessedOnlyOnceLinkedToTheCatalogue() {
        ConditionalCaution caution = ProgrammeRecords.savedCaution();
        ProgrammeReferral referral = ProgrammeReferral.forCautionCondition(caution,
                caution.programmeConditions().get(0), "pc.doe", NOW);
        BusinessException unlinked = assertThrows(BusinessException.class,
                () -> referral.assessSuitable(null, TODAY, PROGRAMME_TEAM, TODAY, NOW));
        assertEquals("The referral names \"Project PIPA\", which is not a programme in the catalogue: choose the "
                + "programme first.", unlinked.getMessage());

        assertThrows(InvalidFieldException.class, () -> referral.linkProgramme(caringDads));
        referral.linkProgramme(pipa);
        assertEquals(Optional.of(pipa), referral.programme());
    }

    @Test
    void everyStepIsDatedAttributedAndKept() {
        ProgrammeReferral referral = ProgrammeRecords.received(caringDads, 42);
        referral.assessSuitable("Motivated; mother supports it", ASSESSED, PROGRAMME_TEAM, TODAY, NOW);
        referral.addToWaitingList(ASSESSED.plusDays(1), PROGRAMME_TEAM, TODAY, NOW);
        Cohort cohort = new Cohort(caringDads, "Wellingborough spring 2026", "Castle Theatre", null, Set.of("f.ali"),
                NOW);
        cohort.admit(referral, List.of(), ALLOCATED, PROGRAMME_TEAM, TODAY, NOW);
        referral.start(LocalDate.of(2026, 2, 3), "f.ali", NOW);

        assertEquals(ReferralStatus.IN_PROGRESS, referral.status());
        List<ReferralStep> history = referral.history();
        assertEquals(List.of(ReferralStatus.RECEIVED, ReferralStatus.SUITABLE, ReferralStatus.WAITING,
                ReferralStatus.ALLOCATED, ReferralStatus.IN_PROGRESS),
                history.stream().map(ReferralStep::status).toList());
        assertEquals(List.of(REFERRED, ASSESSED, ASSESSED.plusDays(1), ALLOCATED, LocalDate.of(2026, 2, 3)),
                history.stream().map(ReferralStep::on).toList());
        assertEquals(List.of(REFERRER, PROGRAMME_TEAM, PROGRAMME_TEAM, PROGRAMME_TEAM, "f.ali"),
                history.stream().map(ReferralStep::by).toList());
        assertEquals("Motivated; mother supports it", history.get(1).reason());
        assertEquals("Wellingborough spring 2026", history.get(3).reason());
    }

    @Test
    void anIllegalStepIsRefusedNamingTheCurrentStatus() {
        ProgrammeReferral waiting = ProgrammeRecords.waiting(caringDads, 42);
        BusinessException refused = assertThrows(BusinessException.class, () -> waiting.complete(
                caringDads.progress(Set.of()), TODAY, PROGRAMME_TEAM, TODAY, NOW));
        assertEquals("The referral is \"Waiting\", so it cannot become \"Completed\".", refused.getMessage());

        ProgrammeReferral received = ProgrammeRecords.received(caringDads, 43);
        assertEquals("The referral is \"Received\", so it cannot become \"Waiting\".", assertThrows(
                BusinessException.class, () -> received.addToWaitingList(ASSESSED, PROGRAMME_TEAM, TODAY, NOW))
                .getMessage());
        received.assessNotSuitable("Denies any abuse", ASSESSED, PROGRAMME_TEAM, TODAY, NOW);
        assertEquals("The referral is \"Assessed not suitable\", so it cannot become \"Not completed\".",
                assertThrows(BusinessException.class, () -> received.endNotCompleted(NotCompletedReason.DROPPED_OUT,
                        null, ASSESSED, PROGRAMME_TEAM, TODAY, NOW)).getMessage());
    }

    @Test
    void notSuitableNeedsAReasonAndStepsCannotGoBackInTime() {
        ProgrammeReferral referral = ProgrammeRecords.received(caringDads, 42);
        assertEquals("reason", assertThrows(InvalidFieldException.class,
                () -> referral.assessNotSuitable(" ", ASSESSED, PROGRAMME_TEAM, TODAY, NOW)).field());
        InvalidFieldException early = assertThrows(InvalidFieldException.class,
                () -> referral.assessSuitable(null, REFERRED.minusDays(1), PROGRAMME_TEAM, TODAY, NOW));
        assertEquals("The date cannot be before the referral became \"Received\" on 05/01/2026", early.getMessage());
        assertThrows(InvalidFieldException.class,
                () -> referral.assessSuitable(null, TODAY.plusDays(1), PROGRAMME_TEAM, TODAY, NOW));
    }

    @Test
    void anIneligibleReferralIsRefusedWithTheCriterionNamedUnlessOverriddenWithAReason() {
        ReferralFacts custodyDispute = ProgrammeRecords.facts(f -> f.exclusions =
                Set.of(ProgrammeExclusion.ACTIVE_CUSTODY_DISPUTE));
        ReferralDetails details = ProgrammeRecords.details(caringDads, 42);
        IneligibleForProgrammeException refused = assertThrows(IneligibleForProgrammeException.class,
                () -> ProgrammeReferral.refer(caringDads, details, custodyDispute, null, REFERRER, REFERRED, NOW));
        assertEquals(ProgrammeCriterion.EXCLUSIONS, refused.failures().get(0).criterion());
        assertTrue(refused.getMessage().startsWith("The referral does not meet the eligibility criteria of Caring "
                + "Dads: Exclusions: Caring Dads excludes people with: active custody dispute."), refused.getMessage());

        ProgrammeReferral overridden = ProgrammeReferral.refer(caringDads, details, custodyDispute,
                "Custody hearing concluded last week", REFERRER, REFERRED, NOW);
        assertEquals("Custody hearing concluded last week", overridden.eligibilityOverrideReason());
        assertEquals("Exclusions: Caring Dads excludes people with: active custody dispute",
                overridden.eligibilityFailures());
    }

    @Test
    void eachRouteBringsWhatItNeeds() {
        ReferralFacts facts = ProgrammeRecords.facts();
        ReferralDetails noPlan = new ReferralDetails(42, ReferralRoute.CHILDRENS_SOCIAL_CARE, REFERRED, null, " ",
                REFERRER);
        assertEquals("childProtectionPlanReference", assertThrows(InvalidFieldException.class,
                () -> ProgrammeReferral.refer(caringDads, noPlan, facts, null, REFERRER, REFERRED, NOW)).field());

        Programme bbr = ProgrammeRecords.buildingBetterRelationships();
        ReferralDetails noCase = new ReferralDetails(42, ReferralRoute.COURT_ORDER, REFERRED, null, null, "po.green");
        assertEquals("courtCaseId", assertThrows(InvalidFieldException.class,
                () -> ProgrammeReferral.refer(bbr, noCase, facts, null, REFERRER, REFERRED, NOW)).field());

        ReferralDetails noWorker = new ReferralDetails(42, ReferralRoute.YOUTH_OFFENDING_TEAM, REFERRED, null, null,
                null);
        InvalidFieldException noYotWorker = assertThrows(InvalidFieldException.class, () -> ProgrammeReferral.refer(
                ProgrammeRecords.yuva(), noWorker, ProgrammeRecords.facts(f -> f.age = 15), null, REFERRER, REFERRED,
                NOW));
        assertEquals("Name the YOT worker responsible for the person", noYotWorker.getMessage());

        ReferralDetails viaCaution = new ReferralDetails(42, ReferralRoute.CONDITIONAL_CAUTION, REFERRED, null, null,
                null);
        assertEquals("route", assertThrows(InvalidFieldException.class, () -> ProgrammeReferral.refer(
                pipa, viaCaution, facts, null, REFERRER, REFERRED, NOW)).field());

        ReferralDetails selfReferral = new ReferralDetails(42, ReferralRoute.VOLUNTARY, REFERRED, null, null, null);
        ProgrammeReferral voluntary = ProgrammeReferral.refer(caringDads, selfReferral, facts, null, "reception",
                REFERRED, NOW);
        assertEquals("reception", voluntary.caseWorker());
    }

    @Test
    void aCompletedCautionReferralCompliesWithTheCautionsCondition() {
        ProgrammeReferral referral = cautionReferralInProgress();

        LocalDate completedOn = LocalDate.of(2026, 3, 2);
        CautionConditionChange change = referral.complete(pipa.progress(Set.of(1, 2)), completedOn, "f.ali",
                completedOn, NOW).orElseThrow();
        assertEquals(new CautionConditionChange(ProgrammeRecords.CAUTION_ID, ProgrammeRecords.CONDITION_ID,
                ComplianceStatus.COMPLIED, completedOn, "Completed Project PIPA: 2 of 2 sessions attended, every "
                + "required session among them"), change);

        ConditionalCaution caution = ProgrammeRecords.savedCaution();
        assertTrue(change.applyTo(caution, completedOn, NOW));
        assertEquals(ComplianceStatus.COMPLIED, caution.status());
    }

    @Test
    void completingNeedsTheRuleMet() {
        ProgrammeReferral referral = cautionReferralInProgress();
        BusinessException refused = assertThrows(BusinessException.class, () -> referral.complete(
                pipa.progress(Set.of(1)), TODAY, "f.ali", TODAY, NOW));
        assertEquals("Not yet completed: 1 of 2 sessions attended; not yet attended: session 2 (Workshop 2).",
                refused.getMessage());
    }

    @Test
    void aCautionReferralEndingUncompletedFailsTheConditionButAnotherRouteLeavesNoCautionChange() {
        ProgrammeReferral referral = ProgrammeRecords.waiting(ProgrammeRecords.cautionReferral(pipa));
        LocalDate endedOn = LocalDate.of(2026, 2, 20);
        CautionConditionChange change = referral.endNotCompleted(NotCompletedReason.MOVED_AWAY, "Moved to Leeds",
                endedOn, PROGRAMME_TEAM, TODAY, NOW).orElseThrow();
        assertEquals(ComplianceStatus.FAILED, change.status());
        assertEquals("Did not complete Project PIPA (moved away): Moved to Leeds", change.note());
        assertEquals(NotCompletedReason.MOVED_AWAY, referral.notCompletedReason());

        ProgrammeReferral socialCare = ProgrammeRecords.waiting(caringDads, 42);
        assertEquals(Optional.empty(), socialCare.endNotCompleted(NotCompletedReason.DROPPED_OUT, null, TODAY,
                PROGRAMME_TEAM, TODAY, NOW));
    }

    @Test
    void aCautionChangeIsNotAppliedOnceTheConditionIsSettled() {
        ConditionalCaution caution = ProgrammeRecords.savedCaution();
        LocalDate failedOn = LocalDate.of(2026, 2, 2);
        CautionConditionChange failed = new CautionConditionChange(ProgrammeRecords.CAUTION_ID,
                ProgrammeRecords.CONDITION_ID, ComplianceStatus.FAILED, failedOn, "Failed to attend workshop 1");
        assertTrue(failed.applyTo(caution, failedOn, NOW));
        assertEquals(ComplianceStatus.FAILED, caution.status());
        assertEquals(false, failed.applyTo(caution, failedOn, NOW));
    }

    @Test
    void theWaitingListKnowsSinceWhen() {
        ProgrammeReferral referral = ProgrammeRecords.waiting(caringDads, 42);
        assertEquals(Optional.of(ASSESSED), referral.waitingSince());
        assertEquals(Optional.empty(), ProgrammeRecords.received(caringDads, 43).waitingSince());
    }

    @Test
    void anAllocatedReferralReturnsToTheWaitingListOnlyByLeavingItsCohort() {
        ProgrammeReferral referral = ProgrammeRecords.waiting(caringDads, SUSPECT);
        Cohort group = new Cohort(caringDads, "Caring Dads Corby", "Corby Family Hub", null, Set.of("f.ali"), NOW);
        group.admit(referral, List.of(), ALLOCATED, PROGRAMME_TEAM, TODAY, NOW);

        BusinessException refused = assertThrows(BusinessException.class,
                () -> referral.addToWaitingList(ALLOCATED.plusDays(1), PROGRAMME_TEAM, TODAY, NOW));
        assertTrue(refused.getMessage().contains("leaving the cohort"), refused::getMessage);
        assertEquals(ReferralStatus.ALLOCATED, referral.status());
        assertEquals(1, group.placesTaken(), "the place is still held");

        group.release(referral, "His shifts changed: he cannot make Tuesdays", ALLOCATED.plusDays(1), PROGRAMME_TEAM,
                TODAY, NOW);
        assertEquals(ReferralStatus.WAITING, referral.status());
        assertEquals(0, group.placesTaken());
    }

    @Test
    void aProbationOfficerTakesOnACautionReferralWithoutMovingItsStatus() {
        ProgrammeReferral referral = ProgrammeRecords.waiting(ProgrammeRecords.cautionReferral(pipa));
        assertEquals("pc.doe", referral.caseWorker(), "the officer who gave the caution answers for him until then");

        referral.nameCaseWorker("probation.demo", ASSESSED.plusDays(3), "probation.demo", TODAY, NOW);

        assertEquals("probation.demo", referral.caseWorker());
        assertEquals(ReferralStatus.WAITING, referral.status());
        assertEquals(ASSESSED, referral.statusChangedOn(), "still waiting since the day it joined the list");
        assertEquals(Optional.of(ASSESSED), referral.waitingSince());
        ReferralStep step = referral.history().get(referral.history().size() - 1);
        assertEquals("Case worker: probation.demo", step.label());
        assertEquals(ASSESSED.plusDays(3), step.on());
        assertEquals("probation.demo", step.by());
        assertEquals(ReferralStatus.WAITING, step.status());
    }

    @Test
    void aManagerAssignsAnotherCaseWorkerAndTheCohortPlaceKeepsItsDates() {
        ProgrammeReferral referral = cautionReferralInProgress();
        LocalDate assigned = LocalDate.of(2026, 2, 20);
        referral.nameCaseWorker("probation.demo", assigned, PROGRAMME_TEAM, TODAY, NOW);

        assertEquals("probation.demo", referral.caseWorker());
        assertEquals(PROGRAMME_TEAM, referral.history().get(referral.history().size() - 1).by());
        Cohort cohort = referral.cohort().orElseThrow();
        assertTrue(referral.wasInCohortOn(cohort, LocalDate.of(2026, 2, 2)),
                "the place still counts from the allocation, not from the case worker's step");
    }

    @Test
    void aCaseWorkerIsNamedOnlyOnceForAnOpenReferralOnADayAfterItsLastStep() {
        ProgrammeReferral referral = ProgrammeRecords.waiting(ProgrammeRecords.cautionReferral(pipa));
        InvalidFieldException early = assertThrows(InvalidFieldException.class,
                () -> referral.nameCaseWorker("probation.demo", ASSESSED.minusDays(1), "probation.demo", TODAY, NOW));
        assertEquals("on", early.field());
        assertThrows(InvalidFieldException.class,
                () -> referral.nameCaseWorker("probation.demo", TODAY.plusDays(1), "probation.demo", TODAY, NOW));
        InvalidFieldException nobody = assertThrows(InvalidFieldException.class,
                () -> referral.nameCaseWorker(" ", ASSESSED, "manager.demo", TODAY, NOW));
        assertEquals("caseWorker", nobody.field());

        referral.nameCaseWorker("probation.demo", ASSESSED, "probation.demo", TODAY, NOW);
        InvalidFieldException again = assertThrows(InvalidFieldException.class,
                () -> referral.nameCaseWorker("probation.demo", ASSESSED, "probation.demo", TODAY, NOW));
        assertEquals("probation.demo is already the case worker", again.getMessage());

        referral.endNotCompleted(NotCompletedReason.MOVED_AWAY, null, ASSESSED, "probation.demo", TODAY, NOW);
        BusinessException ended = assertThrows(BusinessException.class,
                () -> referral.nameCaseWorker("yot.demo", ASSESSED, PROGRAMME_TEAM, TODAY, NOW));
        assertTrue(ended.getMessage().contains("it has ended"), ended::getMessage);
        assertEquals("probation.demo", referral.caseWorker());
    }
}
