package uk.org.throughline.domain.model.victim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SupportedThroughoutTest {

    private static final LocalDate OFFERED = LocalDate.of(2026, 8, 3);
    private static final LocalDate ACCEPTED = LocalDate.of(2026, 8, 10);
    private static final LocalDate HIS_START = LocalDate.of(2026, 9, 2);
    private static final LocalDate HIS_EXIT = LocalDate.of(2026, 12, 23);

    private static SupportedThroughout accepted(List<LocalDate> contacts, LocalDate until, int weeks) {
        return SupportedThroughout.judge(SupportDecision.ACCEPTED, OFFERED, ACCEPTED, HIS_START, until, contacts,
                weeks);
    }

    /** Every 4 weeks or sooner from his start to his exit. */
    private static List<LocalDate> monthlyContacts() {
        return List.of(LocalDate.of(2026, 9, 9), LocalDate.of(2026, 10, 7), LocalDate.of(2026, 11, 4),
                LocalDate.of(2026, 11, 25), LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 21));
    }

    @Test
    void sheWasSupportedThroughoutWhenNeverMoreThanFourWeeksPassedWithoutAContact() {
        SupportedThroughout answer = accepted(monthlyContacts(), HIS_EXIT, 4);
        assertTrue(answer.yes());
        assertEquals("yes — 6 contacts, last 21/12/2026", answer.summary());
    }

    @Test
    void exactlyFourWeeksBetweenContactsIsStillThroughout() {
        // 07/10 to 04/11 is 28 days
        assertTrue(accepted(List.of(LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 28), LocalDate.of(2026, 11, 25),
                LocalDate.of(2026, 12, 23)), HIS_EXIT, 4).yes());
    }

    @Test
    void aGapOfMoreThanTheWeeksAllowedIsNotThroughout() {
        SupportedThroughout answer = accepted(List.of(LocalDate.of(2026, 9, 9), LocalDate.of(2026, 11, 4),
                LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 21)), HIS_EXIT, 4);
        assertFalse(answer.yes());
        assertEquals("no — no contact from 09/09/2026 to 04/11/2026", answer.summary());
    }

    @Test
    void noContactInTheLastWeeksBeforeHisExitIsNotThroughout() {
        SupportedThroughout answer = accepted(List.of(LocalDate.of(2026, 9, 9), LocalDate.of(2026, 10, 7),
                LocalDate.of(2026, 11, 4)), HIS_EXIT, 4);
        assertEquals("no — no contact since 04/11/2026", answer.summary());
    }

    @Test
    void contactsBeforeHisStartOrAfterHisExitDoNotCount() {
        SupportedThroughout answer = accepted(List.of(LocalDate.of(2026, 8, 12), LocalDate.of(2027, 1, 6)),
                HIS_EXIT, 4);
        assertEquals("no — no contact since his start on 02/09/2026", answer.summary());
    }

    @Test
    void theWeeksBetweenContactsAreConfigurable() {
        int six = SupportedThroughout.weeksBetweenContacts(
                name -> name.equals("throughline.parallel-support.weeks-between-contacts") ? "6" : null);
        assertEquals(6, six);
        assertEquals(4, SupportedThroughout.weeksBetweenContacts(name -> null));
        assertTrue(accepted(List.of(LocalDate.of(2026, 9, 9), LocalDate.of(2026, 10, 21), LocalDate.of(2026, 11, 25),
                LocalDate.of(2026, 12, 21)), HIS_EXIT, six).yes());
    }

    @Test
    void whileHeIsOnTheProgrammeItIsJudgedSoFar() {
        assertEquals("yes — no contact yet, within 4 weeks of his start",
                accepted(List.of(), HIS_START.plusWeeks(3), 4).summary());
        assertEquals("yes — 1 contact, last 09/09/2026",
                accepted(List.of(LocalDate.of(2026, 9, 9)), LocalDate.of(2026, 10, 1), 4).summary());
    }

    @Test
    void sheWasNotSupportedThroughoutWhenSheDeclined() {
        SupportedThroughout answer = SupportedThroughout.judge(SupportDecision.DECLINED, OFFERED,
                LocalDate.of(2026, 10, 14), HIS_START, HIS_EXIT, monthlyContacts(), 4);
        assertFalse(answer.yes());
        assertEquals("no — declined on 14/10/2026", answer.summary());
    }

    @Test
    void anOfferNeverTakenUpIsNotSupport() {
        SupportedThroughout answer = SupportedThroughout.judge(SupportDecision.OFFERED, OFFERED, null, HIS_START,
                HIS_EXIT, monthlyContacts(), 4);
        assertEquals("no — offered on 03/08/2026, not taken up", answer.summary());
    }
}
