package uk.org.throughline.interfaces.programme.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.org.throughline.domain.model.programme.ReferralStatus;

class ReferralStepTest {

    @Test
    void aCautionsReferralNamingAProgrammeLooselyIsFirstTiedToTheCatalogue() {
        assertEquals(List.of(ReferralStep.PROGRAMME), ReferralStep.allowed(ReferralStatus.RECEIVED, false));
        assertEquals(List.of(ReferralStep.ASSESSMENT), ReferralStep.allowed(ReferralStatus.RECEIVED, true));
    }

    @Test
    void aSuitableReferralWaitsOrTakesAPlaceOrEnds() {
        assertEquals(List.of(ReferralStep.WAITING, ReferralStep.ALLOCATION, ReferralStep.NON_COMPLETION),
                ReferralStep.allowed(ReferralStatus.SUITABLE, true));
        assertEquals(List.of(ReferralStep.ALLOCATION, ReferralStep.NON_COMPLETION),
                ReferralStep.allowed(ReferralStatus.WAITING, true));
    }

    @Test
    void aPlaceIsLeftOnlyThroughTheCohortSoAnAllocatedReferralOnlyEndsHere() {
        assertEquals(List.of(ReferralStep.NON_COMPLETION), ReferralStep.allowed(ReferralStatus.ALLOCATED, true));
    }

    @Test
    void onlyAReferralInProgressCanBeCompleted() {
        assertEquals(List.of(ReferralStep.COMPLETION, ReferralStep.NON_COMPLETION),
                ReferralStep.allowed(ReferralStatus.IN_PROGRESS, true));
    }

    @Test
    void anEndedReferralTakesNoMoreSteps() {
        for (ReferralStatus ended : List.of(ReferralStatus.NOT_SUITABLE, ReferralStatus.COMPLETED,
                ReferralStatus.NOT_COMPLETED)) {
            assertEquals(List.of(), ReferralStep.allowed(ended, true), ended::name);
        }
    }
}
