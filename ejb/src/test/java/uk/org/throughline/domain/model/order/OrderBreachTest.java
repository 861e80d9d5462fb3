package uk.org.throughline.domain.model.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static uk.org.throughline.domain.model.order.OrderRecords.at;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.throughline.domain.shared.InvalidFieldException;

class OrderBreachTest {

    private static final LocalDate MADE = LocalDate.of(2026, 11, 2);
    private static final Instant NOW = at(2026, 11, 20, 12, 0);
    private static final Instant BREACHED = at(2026, 11, 18, 21, 15);

    private CivilOrder nonMolestation;
    private CivilOrder dvpo;

    @BeforeEach
    void makeOrders() throws ReflectiveOperationException {
        nonMolestation = served(OrderRecords.order(OrderRecords.NON_MOLESTATION, MADE, MADE.plusMonths(6), NOW));
        dvpo = served(OrderRecords.order(OrderRecords.DVPO, MADE, MADE.plusDays(27), NOW));
    }

    /** Served the day it was made, its condition given the id a database would give it. */
    private static CivilOrder served(CivilOrder order) throws ReflectiveOperationException {
        order.serve(at(2026, 11, 2, 17, 0), OrderRecords.HOLIDAYS, "police.demo", NOW);
        Field id = OrderCondition.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(order.conditions().get(0), 7L);
        return order;
    }

    private static BreachDetails details(PoliceAction action, String detail, BreachRoute route) {
        return new BreachDetails(BREACHED, 7L, "Came to her door", "The victim", false, action, detail, route, null,
                null);
    }

    @Test
    void aChargeNamesTheOffenceAndNoActionItsReason() {
        InvalidFieldException charge = assertThrows(InvalidFieldException.class, () -> new OrderBreach(dvpo,
                details(PoliceAction.CHARGED, null, null), "police.demo", NOW));
        assertEquals("actionDetail", charge.field());
        InvalidFieldException nothing = assertThrows(InvalidFieldException.class, () -> new OrderBreach(dvpo,
                details(PoliceAction.NO_ACTION, " ", null), "police.demo", NOW));
        assertEquals("Say why no action was taken", nothing.getMessage());
    }

    @Test
    void aNonMolestationBreachIsTheOffenceOrContemptNeverBoth() {
        InvalidFieldException undecided = assertThrows(InvalidFieldException.class, () -> new OrderBreach(nonMolestation,
                details(PoliceAction.CHARGED, "Family Law Act 1996 s.42A", null), "police.demo", NOW));
        assertEquals("route", undecided.field());
        InvalidFieldException both = assertThrows(InvalidFieldException.class, () -> new OrderBreach(nonMolestation,
                details(PoliceAction.CHARGED, "Family Law Act 1996 s.42A", BreachRoute.CONTEMPT), "police.demo", NOW));
        assertEquals("A breach taken as contempt is not charged as the offence as well", both.getMessage());
        OrderBreach charged = new OrderBreach(nonMolestation, details(PoliceAction.CHARGED, "Family Law Act 1996 s.42A",
                BreachRoute.CRIMINAL), "police.demo", NOW);
        assertEquals(BreachRoute.CRIMINAL, charged.route());
    }

    @Test
    void anOrderWithOneRouteTakesNoRoute() {
        InvalidFieldException route = assertThrows(InvalidFieldException.class, () -> new OrderBreach(dvpo,
                details(PoliceAction.ARRESTED, null, BreachRoute.CRIMINAL), "police.demo", NOW));
        assertEquals("route", route.field());
    }

    @Test
    void aBreachNamesOneOfTheOrdersConditions() {
        BreachDetails unknown = new BreachDetails(BREACHED, 99L, "Came to her door", "The victim", false,
                PoliceAction.ARRESTED, null, null, null, null);
        InvalidFieldException condition = assertThrows(InvalidFieldException.class,
                () -> new OrderBreach(dvpo, unknown, "police.demo", NOW));
        assertEquals("conditionId", condition.field());
    }
}
