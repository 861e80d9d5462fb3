package uk.org.throughline.domain.model.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.org.throughline.domain.model.programme.ProgrammeRecords.ALLOCATED;
import static uk.org.throughline.domain.model.programme.ProgrammeRecords.NOW;
import static uk.org.throughline.domain.model.programme.ProgrammeRecords.PROGRAMME_TEAM;
import static uk.org.throughline.domain.model.programme.ProgrammeRecords.TODAY;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import uk.org.throughline.domain.shared.BusinessException;
import uk.org.throughline.domain.shared.InvalidFieldException;

class CohortTest {

    private final Programme caringDads = ProgrammeRecords.caringDads();
    private final Cohort cohort = cohort("Wellingborough spring 2026");

    private Cohort cohort(String name) {
        return new Cohort(caringDads, name, "Castle Theatre, Wellingborough", null, Set.of("f.ali", "f.brown"), NOW);
    }

    private ProgrammeReferral admitted(long personId) {
        ProgrammeReferral referral = ProgrammeRecords.waiting(caringDads, personId);
        cohort.admit(referral, List.of(), ALLOCATED, PROGRAMME_TEAM, TODAY, NOW);
        return referral;
    }

    @Test
    void aCohortTakesNoMoreThanItsCapacity() {
        assertEquals(10, cohort.capacity());
        LongStream.rangeClosed(1, 10).forEach(this::admitted);
        assertEquals(10, cohort.placesTaken());

        ProgrammeReferral eleventh = ProgrammeRecords.waiting(caringDads, 11);
        BusinessException full = assertThrows(BusinessException.class,
                () -> cohort.admit(eleventh, List.of(), ALLOCATED, PROGRAMME_TEAM, TODAY, NOW));
        assertEquals("\"Wellingborough spring 2026\" is full: all 10 places are taken.", full.getMessage());
        assertEquals(ReferralStatus.WAITING, eleventh.status());
    }

    @Test
    void aPlaceFreedBySomeoneLeavingCanBeTaken() {
        LongStream.rangeClosed(1, 9).forEach(this::admitted);
        ProgrammeReferral tenth = admitted(10);
        tenth.endNotCompleted(NotCompletedReason.DROPPED_OUT, null, ALLOCATED, PROGRAMME_TEAM, TODAY, NOW);
        admitted(11);
        assertEquals(10, cohort.placesTaken());
    }

    @Test
    void aCohortIsNeverLargerThanTheProgrammeAllows() {
        InvalidFieldException refused = assertThrows(InvalidFieldException.class, () -> new Cohort(caringDads,
                "Big group", "Town hall", 12, Set.of("f.ali"), NOW));
        assertEquals("Caring Dads takes from 1 to 10 people in a group", refused.getMessage());
        assertEquals("facilitators", assertThrows(InvalidFieldException.class, () -> new Cohort(caringDads,
                "No one", "Town hall", 8, Set.of(), NOW)).field());
    }

    @Test
    void aPersonHasAPlaceInOnlyOneOpenCohortOfAProgramme() {
        ProgrammeReferral first = admitted(42);
        ProgrammeReferral second = ProgrammeRecords.waiting(caringDads, 42);
        Cohort other = cohort("Kettering spring 2026");
        BusinessException refused = assertThrows(BusinessException.class,
                () -> other.admit(second, List.of(first, second), ALLOCATED, PROGRAMME_TEAM, TODAY, NOW));
        assertEquals("This person already has a place in \"Wellingborough spring 2026\" of Caring Dads: a person can "
                + "be in only one open cohort of a programme.", refused.getMessage());

        first.endNotCompleted(NotCompletedReason.REMOVED, "Threatened a facilitator", ALLOCATED, PROGRAMME_TEAM,
                TODAY, NOW);
        other.admit(second, List.of(first, second), ALLOCATED, PROGRAMME_TEAM, TODAY, NOW);
        assertEquals(Optional.of(other), second.cohort());
    }

    @Test
    void aReferralForAnotherProgrammeOrNotYetSuitableIsRefused() {
        ProgrammeReferral yuva = ProgrammeRecords.waiting(ProgrammeRecords.yuva(), 42);
        assertEquals("The referral is for YUVA, not Caring Dads.", assertThrows(BusinessException.class,
                () -> cohort.admit(yuva, List.of(), ALLOCATED, PROGRAMME_TEAM, TODAY, NOW)).getMessage());

        ProgrammeReferral received = ProgrammeRecords.received(caringDads, 43);
        assertEquals("The referral is \"Received\", so it cannot become \"Allocated\".",
                assertThrows(BusinessException.class,
                        () -> cohort.admit(received, List.of(), ALLOCATED, PROGRAMME_TEAM, TODAY, NOW)).getMessage());
    }

    @Test
    void someoneWhoHasNotStartedCanGoBackToTheWaitingList() {
        ProgrammeReferral referral = admitted(42);
        cohort.release(referral, "Works Tuesday evenings", ALLOCATED, PROGRAMME_TEAM, TODAY, NOW);
        assertEquals(ReferralStatus.WAITING, referral.status());
        assertEquals(Optional.empty(), referral.cohort());
        assertEquals(0, cohort.placesTaken());

        ProgrammeReferral started = admitted(43);
        started.start(LocalDate.of(2026, 2, 3), "f.ali", NOW);
        BusinessException refused = assertThrows(BusinessException.class,
                () -> cohort.release(started, "Changed his mind", TODAY, PROGRAMME_TEAM, TODAY, NOW));
        assertTrue(refused.getMessage().startsWith("The referral is \"In progress\""), refused.getMessage());
    }

    @Test
    void aCohortClosesOnlyOnceEveryOutcomeIsRecorded() {
        ProgrammeReferral referral = admitted(42);
        assertEquals("Record the outcome for the 1 person still in \"Wellingborough spring 2026\" before closing it.",
                assertThrows(BusinessException.class, () -> cohort.close(NOW)).getMessage());
        referral.endNotCompleted(NotCompletedReason.REOFFENDED, null, ALLOCATED, PROGRAMME_TEAM, TODAY, NOW);
        cohort.close(NOW);
        assertEquals(CohortStatus.CLOSED, cohort.status());
        ProgrammeReferral late = ProgrammeRecords.waiting(caringDads, 43);
        assertEquals("\"Wellingborough spring 2026\" is closed.", assertThrows(BusinessException.class,
                () -> cohort.admit(late, List.of(), ALLOCATED, PROGRAMME_TEAM, TODAY, NOW)).getMessage());
    }

    @Test
    void whoseReferralEndedIsFinishedNoLongerAMember() {
        ProgrammeReferral left = admitted(42);
        ProgrammeReferral staying = admitted(43);
        left.endNotCompleted(NotCompletedReason.MOVED_AWAY, null, ALLOCATED, PROGRAMME_TEAM, TODAY, NOW);
        assertEquals(List.of(staying), cohort.members());
        assertEquals(List.of(left), cohort.finished());
        assertEquals(1, cohort.placesTaken());
    }

    @Test
    void aCaringDadsGroupStartsWithSixFathers() {
        cohort.requireEnoughToStart(6);
        cohort.requireEnoughToStart(10);
    }

    @Test
    void aCaringDadsGroupOfFiveStartsOnlyWithAManagersReason() {
        BusinessException refused = assertThrows(BusinessException.class, () -> cohort.requireEnoughToStart(5));
        assertEquals("\"Wellingborough spring 2026\" has 5 people for its first session: Caring Dads groups start "
                + "with 6 to 10. A manager must record why it may start smaller.", refused.getMessage());

        cohort.agreeSmallStart("Two fathers moved away; the next group is four months off", "pm.khan", NOW);
        cohort.requireEnoughToStart(5);
        assertEquals("pm.khan", cohort.smallGroupAgreedBy());
    }

    @Test
    void aManagersReasonForASmallGroupCannotBeBlank() {
        InvalidFieldException refused = assertThrows(InvalidFieldException.class,
                () -> cohort.agreeSmallStart(" ", "pm.khan", NOW));
        assertEquals("reason", refused.field());
        assertThrows(BusinessException.class, () -> cohort.requireEnoughToStart(5));
    }

    @Test
    void theSmallestGroupIsTheProgrammesOwnSetting() {
        Cohort pipa = new Cohort(ProgrammeRecords.pipa(), "PIPA north", "Corby", null, Set.of("f.ali"), NOW);
        pipa.requireEnoughToStart(4);
        assertThrows(BusinessException.class, () -> pipa.requireEnoughToStart(3));
    }

    @Test
    void oneToOneWorkHasNoSmallestGroup() {
        new Cohort(ProgrammeRecords.yuva(), "YUVA with Jay", "Youth centre", null, Set.of("f.ali"), NOW)
                .requireEnoughToStart(1);
    }
}
