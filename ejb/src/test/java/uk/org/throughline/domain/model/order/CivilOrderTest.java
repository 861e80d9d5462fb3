package uk.org.throughline.domain.model.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.org.throughline.domain.model.order.OrderRecords.at;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.org.throughline.domain.shared.BusinessException;
import uk.org.throughline.domain.shared.InvalidFieldException;
import uk.org.throughline.domain.shared.PoliceText;
import uk.org.throughline.domain.shared.PoliceText.Reader;

class CivilOrderTest {

    private static final LocalDate MADE = LocalDate.of(2026, 11, 2);
    private static final LocalDate EXPIRES = LocalDate.of(2027, 5, 2);
    private static final Instant MADE_AT = at(2026, 11, 2, 16, 0);

    @Test
    void anOrderAwaitsServiceThenIsInForceUntilTheEndOfItsExpiryDay() {
        CivilOrder order = OrderRecords.order(OrderRecords.NON_MOLESTATION, MADE, EXPIRES, MADE_AT);
        assertEquals(OrderStatus.AWAITING_SERVICE, order.statusAt(MADE_AT));

        order.serve(at(2026, 11, 3, 9, 30), OrderRecords.HOLIDAYS, "police.demo", at(2026, 11, 3, 10, 0));
        assertEquals(OrderStatus.IN_FORCE, order.statusAt(at(2026, 11, 3, 10, 0)));
        assertEquals(OrderStatus.IN_FORCE, order.statusAt(at(2027, 5, 2, 23, 59)));
        assertEquals(OrderStatus.EXPIRED, order.statusAt(at(2027, 5, 3, 0, 0)));
        assertEquals(OrderChangeKind.SERVED, order.history().get(0).kind());
    }

    @Test
    void aDischargedOrderIsDischargedFromThatDayAndCannotChangeAgain() {
        CivilOrder order = OrderRecords.order(OrderRecords.NON_MOLESTATION, MADE, EXPIRES, MADE_AT);
        Instant now = at(2026, 12, 1, 12, 0);
        order.serve(MADE_AT, OrderRecords.HOLIDAYS, "police.demo", now);
        order.discharge(LocalDate.of(2026, 12, 1), "Discharged on the respondent's application", "police.demo", now);

        assertEquals(OrderStatus.IN_FORCE, order.statusAt(at(2026, 11, 30, 23, 0)));
        assertEquals(OrderStatus.DISCHARGED, order.statusAt(now));
        BusinessException again = assertThrows(BusinessException.class,
                () -> order.extend(LocalDate.of(2026, 12, 1), EXPIRES.plusMonths(6), null, "police.demo", now));
        assertEquals("The order is discharged, so you cannot extend it.", again.getMessage());
    }

    @Test
    void aDvpnMustBeHeardWithin48HoursOfServiceOrItLapses() {
        // served Monday 02/11/2026 16:00: no day disregarded
        CivilOrder notice = OrderRecords.order(OrderRecords.DVPN, MADE, null, MADE_AT);
        notice.serve(MADE_AT, OrderRecords.HOLIDAYS, "police.demo", MADE_AT);

        assertEquals(at(2026, 11, 4, 16, 0), notice.hearingDeadline().orElseThrow());
        assertFalse(notice.hearingDeadlineNear(at(2026, 11, 4, 3, 59)));
        assertTrue(notice.hearingDeadlineNear(at(2026, 11, 4, 4, 0)));
        assertEquals(OrderStatus.IN_FORCE, notice.statusAt(at(2026, 11, 4, 16, 0)));
        assertEquals(OrderStatus.EXPIRED, notice.statusAt(at(2026, 11, 4, 16, 1)));
        assertFalse(notice.hearingDeadlineNear(at(2026, 11, 4, 16, 1)));
    }

    @Test
    void aDvpnServedFridayEveningRunsToMondayEveningSoASundayEveningBreachIsInForce() {
        LocalDate friday = LocalDate.of(2026, 12, 4);
        CivilOrder notice = OrderRecords.order(OrderRecords.DVPN, friday, null, at(2026, 12, 4, 17, 0));
        notice.serve(at(2026, 12, 4, 18, 0), OrderRecords.HOLIDAYS, "police.demo", at(2026, 12, 4, 18, 5));

        assertEquals(at(2026, 12, 7, 18, 0), notice.hearingDeadline().orElseThrow());
        assertEquals("Deadline Monday 07/12/2026 18:00 — Sunday 06/12/2026 not counted (Crime and Security Act 2010 s.27)",
                notice.deadlineText());
        assertEquals(OrderStatus.IN_FORCE, notice.statusAt(at(2026, 12, 6, 20, 0)));
        notice.requireInForceAt(at(2026, 12, 6, 20, 0), at(2026, 12, 6, 21, 0));
        assertEquals(OrderStatus.EXPIRED, notice.statusAt(at(2026, 12, 7, 18, 1)));
        assertTrue(notice.history().get(0).description().text().endsWith(notice.deadlineText()));
    }

    @Test
    void aNoticeWhoseHearingIsAdjournedContinuesInForceUntilTheApplicationIsDecided() {
        LocalDate friday = LocalDate.of(2026, 12, 4);
        CivilOrder notice = OrderRecords.order(OrderRecords.DVPN, friday, null, at(2026, 12, 4, 17, 0));
        notice.serve(at(2026, 12, 4, 18, 0), OrderRecords.HOLIDAYS, "police.demo", at(2026, 12, 4, 18, 5));
        Instant monday = at(2026, 12, 7, 16, 0);

        notice.adjournHearing(LocalDate.of(2026, 12, 7), at(2026, 12, 10, 10, 0), "Respondent's solicitor not ready",
                "police.demo", monday);

        assertEquals(OrderStatus.IN_FORCE, notice.statusAt(at(2026, 12, 9, 12, 0)));
        assertEquals(OrderStatus.IN_FORCE, notice.statusAt(at(2026, 12, 11, 12, 0)));
        notice.requireInForceAt(at(2026, 12, 8, 22, 0), at(2026, 12, 9, 12, 0));
        assertEquals(OrderChangeKind.ADJOURNED, notice.history().get(1).kind());
        assertFalse(notice.hearingDeadlineNear(at(2026, 12, 7, 17, 0)));
        InvalidFieldException sameDay = assertThrows(InvalidFieldException.class, () -> notice.adjournHearing(
                LocalDate.of(2026, 12, 10), at(2026, 12, 10, 15, 0), "Again", "police.demo", at(2026, 12, 10, 12, 0)));
        assertEquals("adjournedTo", sameDay.field());
    }

    @Test
    void aHearingThatBeganAfterTheNoticeLapsedCannotBeAdjourned() {
        LocalDate friday = LocalDate.of(2026, 12, 4);
        CivilOrder notice = OrderRecords.order(OrderRecords.DVPN, friday, null, at(2026, 12, 4, 17, 0));
        notice.serve(at(2026, 12, 4, 18, 0), OrderRecords.HOLIDAYS, "police.demo", at(2026, 12, 4, 18, 5));

        InvalidFieldException late = assertThrows(InvalidFieldException.class, () -> notice.adjournHearing(
                LocalDate.of(2026, 12, 8), at(2026, 12, 10, 10, 0), "Listed late", "police.demo", at(2026, 12, 8, 12, 0)));
        assertEquals("adjournedOn", late.field());
        assertEquals(OrderStatus.EXPIRED, notice.statusAt(at(2026, 12, 8, 12, 0)));
    }

    @Test
    void aDvpoFollowsTheDvpnItReplacesWhichEndsTheDayTheOrderIsMade() {
        LocalDate friday = LocalDate.of(2026, 12, 4);
        CivilOrder notice = OrderRecords.order(OrderRecords.DVPN, friday, null, at(2026, 12, 4, 17, 0));
        notice.serve(at(2026, 12, 4, 18, 0), OrderRecords.HOLIDAYS, "police.demo", at(2026, 12, 4, 18, 5));
        LocalDate monday = LocalDate.of(2026, 12, 7);
        CivilOrder dvpo = OrderRecords.order(OrderRecords.DVPO, monday, LocalDate.of(2027, 1, 3), at(2026, 12, 7, 17, 0));

        dvpo.follow(notice, "police.demo", at(2026, 12, 7, 17, 0));

        assertEquals(monday, notice.dischargedOn());
        assertEquals(OrderStatus.DISCHARGED, notice.statusAt(at(2026, 12, 7, 17, 0)));
        assertEquals("The court made the domestic violence protection order on 07/12/2026, which replaces the notice",
                notice.history().get(1).description().text());
        CivilOrder late = OrderRecords.order(OrderRecords.DVPO, monday.plusDays(1), monday.plusDays(20),
                at(2026, 12, 8, 17, 0));
        InvalidFieldException decided = assertThrows(InvalidFieldException.class,
                () -> late.follow(notice, "police.demo", at(2026, 12, 8, 17, 0)));
        assertEquals("followsNoticeId", decided.field());
        InvalidFieldException notAFollower = assertThrows(InvalidFieldException.class, () -> OrderRecords.order(
                OrderRecords.NON_MOLESTATION, monday, null, at(2026, 12, 7, 17, 0)).follow(notice, "police.demo",
                at(2026, 12, 7, 17, 0)));
        assertEquals("followsNoticeId", notAFollower.field());
    }

    @Test
    void aDvpnIsGivenOnlyToAnAdult() {
        OrderTerms terms = OrderRecords.terms(MADE, null, null);
        InvalidFieldException youth = assertThrows(InvalidFieldException.class, () -> new CivilOrder(
                OrderRecords.DVPN, OrderRecords.RESPONDENT, MADE.minusYears(17), terms, MADE, "police.demo", MADE_AT));
        assertEquals("respondentId", youth.field());
    }

    @Test
    void aBreachOutsideTheInForcePeriodIsRefusedWithThePeriodShown() {
        CivilOrder order = OrderRecords.order(OrderRecords.NON_MOLESTATION, MADE, EXPIRES, MADE_AT);
        Instant now = at(2027, 6, 1, 12, 0);
        InvalidFieldException unserved = assertThrows(InvalidFieldException.class,
                () -> order.requireInForceAt(at(2026, 11, 5, 20, 0), now));
        assertEquals("The order has not been served, so it cannot have been breached: record its service first",
                unserved.getMessage());

        order.serve(at(2026, 11, 3, 9, 30), OrderRecords.HOLIDAYS, "police.demo", at(2026, 11, 3, 10, 0));
        InvalidFieldException after = assertThrows(InvalidFieldException.class,
                () -> order.requireInForceAt(at(2027, 5, 3, 0, 30), now));
        assertEquals("occurredAt", after.field());
        assertEquals("The order was in force from 03/11/2026 09:30 until 03/05/2027 00:00: "
                + "a breach must fall in that period", after.getMessage());
        assertThrows(InvalidFieldException.class, () -> order.requireInForceAt(at(2026, 11, 3, 9, 0), now));
        order.requireInForceAt(at(2027, 5, 2, 23, 30), now);
    }

    @Test
    void anExtensionMovesTheExpiryWithinTheTypesLimits() {
        CivilOrder dvpo = OrderRecords.order(OrderRecords.DVPO, MADE, MADE.plusDays(14), MADE_AT);
        Instant now = at(2026, 11, 10, 12, 0);
        dvpo.extend(LocalDate.of(2026, 11, 10), MADE.plusDays(27), null, "police.demo", now);
        assertEquals(MADE.plusDays(27), dvpo.expiresOn());
        assertEquals(PoliceText.shareable("Extended from 16/11/2026 to 29/11/2026"),
                dvpo.history().get(0).description());
    }

    @Test
    void noCourtReasonExtendsADvpoBeyond28DaysBeginningWithTheDayItWasMade() {
        CivilOrder dvpo = OrderRecords.order(OrderRecords.DVPO, MADE, MADE.plusDays(14), MADE_AT);
        Instant now = at(2026, 11, 10, 12, 0);
        InvalidFieldException beyond = assertThrows(InvalidFieldException.class, () -> dvpo.extend(
                LocalDate.of(2026, 11, 10), MADE.plusDays(59), "The court adjourned for reports", "police.demo", now));
        assertEquals("expiresOn", beyond.field());
        assertEquals(MADE.plusDays(14), dvpo.expiresOn());
        OrderTerms sixtyDays = OrderRecords.terms(MADE, MADE.plusDays(59), "Hearing adjourned");
        InvalidFieldException made = assertThrows(InvalidFieldException.class, () -> new CivilOrder(
                OrderRecords.DVPO, OrderRecords.RESPONDENT, OrderRecords.BORN, sixtyDays, MADE, "police.demo", MADE_AT));
        assertEquals("expiresOn", made.field());
    }

    @Test
    void aVariationEndsConditionsButKeepsThemForTheRecord() {
        CivilOrder order = OrderRecords.order(OrderRecords.NON_MOLESTATION, MADE, EXPIRES, MADE_AT);
        Instant now = at(2026, 12, 1, 12, 0);
        OrderCondition noApproach = new OrderCondition(ConditionKind.NO_APPROACH, PoliceText.NONE, 100, null, null,
                null, false, "added[0]");
        order.vary(LocalDate.of(2026, 12, 1), new PoliceText("No-approach distance added", false), List.of(noApproach),
                List.of(), "police.demo", now);
        assertEquals(2, order.conditions().size());
        assertEquals("No approach within 100 metres", noApproach.describeFor(Reader.PERPETRATOR_FACING));
        assertEquals(OrderChangeKind.VARIED, order.history().get(0).kind());
    }

    @Test
    void anOrderProtectsSomeoneAndHasConditions() {
        OrderTerms nobody = new OrderTerms(Applicant.VICTIM, "Family Court", null, null, MADE, EXPIRES, null, false,
                List.of(), List.of(OrderRecords.noContact()));
        InvalidFieldException unprotected = assertThrows(InvalidFieldException.class, () -> new CivilOrder(
                OrderRecords.NON_MOLESTATION, OrderRecords.RESPONDENT, null, nobody, MADE, "police.demo", MADE_AT));
        assertEquals("protectedPersons", unprotected.field());
    }

    @Test
    void aConditionSaysWhatItNeeds() {
        InvalidFieldException distance = assertThrows(InvalidFieldException.class, () -> new OrderCondition(
                ConditionKind.NO_APPROACH, PoliceText.NONE, null, null, null, null, false, "conditions[1]"));
        assertEquals("conditions[1].metres", distance.field());
        OrderCondition home = new OrderCondition(ConditionKind.EXCLUSION_ADDRESS, PoliceText.NONE, null, "4 Elm Road",
                "Northampton", "nn14ab", true, "conditions[0]");
        assertEquals("Exclusion from an address: 4 Elm Road, Northampton NN1 4AB",
                home.describeFor(Reader.VICTIM_FACING));
        assertEquals("Exclusion from an address: a protected person's address (withheld)",
                home.describeFor(Reader.PERPETRATOR_FACING));
    }

    @Test
    void aConditionsWordingReachesOffenderManagersOnlyWhenShared() {
        OrderCondition zone = new OrderCondition(ConditionKind.EXCLUSION_ZONE,
                new PoliceText("Not to enter Abington Avenue, where she lives", false), null, null, null, null, false,
                "conditions[0]");
        assertEquals("Exclusion zone — Held by police: ask the officer in the case",
                zone.describeFor(Reader.PERPETRATOR_FACING));
        assertEquals("Exclusion zone — Not to enter Abington Avenue, where she lives",
                zone.describeFor(Reader.VICTIM_FACING));
        OrderCondition shared = new OrderCondition(ConditionKind.NO_CONTACT,
                new PoliceText("Not to molest the protected person", true), null, null, null, null, false,
                "conditions[1]");
        assertEquals("No contact — Not to molest the protected person",
                shared.describeFor(Reader.PERPETRATOR_FACING));
    }
}
