package uk.org.throughline.interfaces.programme.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.org.throughline.domain.model.programme.ReferralStatus;

class ReferralStepTest {

    @Test
    void aCautionsReferralNamingAProgrammeLooselyIsFirstTiedToTheCatalogue() {
        assertEquals(open(ReferralStep.PROGRAMME), ReferralStep.allowed(ReferralStatus.RECEIVED, false));
        assertEquals(open(ReferralStep.ASSESSMENT), ReferralStep.allowed(ReferralStatus.RECEIVED, true));
    }

    @Test
    void aSuitableReferralWaitsOrTakesAPlaceOrEnds() {
        assertEquals(open(ReferralStep.WAITING, ReferralStep.ALLOCATION, ReferralStep.NON_COMPLETION),
                ReferralStep.allowed(ReferralStatus.SUITABLE, true));
        assertEquals(open(ReferralStep.ALLOCATION, ReferralStep.NON_COMPLETION),
                ReferralStep.allowed(ReferralStatus.WAITING, true));
    }

    @Test
    void aPlaceIsLeftOnlyThroughTheCohortSoAnAllocatedReferralOnlyEndsHere() {
        assertEquals(open(ReferralStep.NON_COMPLETION), ReferralStep.allowed(ReferralStatus.ALLOCATED, true));
    }

    @Test
    void onlyAReferralInProgressCanBeCompleted() {
        assertEquals(open(ReferralStep.COMPLETION, ReferralStep.NON_COMPLETION),
                ReferralStep.allowed(ReferralStatus.IN_PROGRESS, true));
    }

    @Test
    void anEndedReferralTakesNoMoreSteps() {
        for (ReferralStatus ended : List.of(ReferralStatus.NOT_SUITABLE, ReferralStatus.COMPLETED,
                ReferralStatus.NOT_COMPLETED)) {
            assertEquals(List.of(), ReferralStep.allowed(ended, true), ended::name);
        }
    }

    /** The lifecycle steps given, then naming the case worker, which an open referral always offers. */
    private static List<ReferralStep> open(ReferralStep... lifecycle) {
        List<ReferralStep> steps = new ArrayList<>(List.of(lifecycle));
        steps.addAll(List.of(ReferralStep.TAKE_ON, ReferralStep.ASSIGN_CASE_WORKER));
        return steps;
    }
}
