package uk.org.throughline.domain.model.order;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.org.throughline.domain.shared.InvalidFieldException;

class OrderTypeTest {

    private static final LocalDate MADE = LocalDate.of(2026, 11, 2);

    @Test
    void aDvpoLastsNotLessThan14AndNotMoreThan28DaysBeginningWithTheDayItIsMade() {
        LocalDate made = LocalDate.of(2026, 12, 7);
        assertDoesNotThrow(() -> OrderRecords.DVPO.checkDuration(made, LocalDate.of(2027, 1, 3)));
        assertDoesNotThrow(() -> OrderRecords.DVPO.checkDuration(made, LocalDate.of(2026, 12, 20)));

        InvalidFieldException tooLong = assertThrows(InvalidFieldException.class,
                () -> OrderRecords.DVPO.checkDuration(made, LocalDate.of(2027, 1, 4)));
        assertEquals("expiresOn", tooLong.field());
        assertEquals("A domestic violence protection order lasts between 14 and 28 days beginning with the day it is "
                + "made; this one would last 29 days. The latest expiry date is 03/01/2027; no court reason extends it.",
                tooLong.getMessage());
        InvalidFieldException tooShort = assertThrows(InvalidFieldException.class,
                () -> OrderRecords.DVPO.checkDuration(made, LocalDate.of(2026, 12, 19)));
        assertEquals("A domestic violence protection order lasts between 14 and 28 days beginning with the day it is "
                + "made; this one would last 13 days. The earliest expiry date is 20/12/2026.", tooShort.getMessage());
    }

    @Test
    void theExpiryIsAfterTheDayTheOrderWasMade() {
        InvalidFieldException sameDay = assertThrows(InvalidFieldException.class,
                () -> OrderRecords.NON_MOLESTATION.checkDuration(MADE, MADE));
        assertEquals("expiresOn", sameDay.field());
        assertEquals("The expiry date must be after the date the order was made (02/11/2026)", sameDay.getMessage());
    }

    @Test
    void untilFurtherOrderOnlyWhereTheLawAllowsIt() {
        assertDoesNotThrow(() -> OrderRecords.NON_MOLESTATION.checkDuration(MADE, null));
        assertDoesNotThrow(() -> OrderRecords.STALKING.checkDuration(MADE, null));
        InvalidFieldException fixed = assertThrows(InvalidFieldException.class,
                () -> OrderRecords.DVPO.checkDuration(MADE, null));
        assertEquals("Enter the expiry date: a domestic violence protection order is made for a fixed period "
                + "between 14 and 28 days", fixed.getMessage());
    }

    @Test
    void aStalkingOrderLastsAtLeastTwoYears() {
        InvalidFieldException shortOrder = assertThrows(InvalidFieldException.class,
                () -> OrderRecords.STALKING.checkDuration(MADE, MADE.plusYears(1)));
        assertEquals("expiresOn", shortOrder.field());
        assertDoesNotThrow(() -> OrderRecords.STALKING.checkDuration(MADE, MADE.plusYears(2).minusDays(1)));
    }

    @Test
    void aNoticeHasNoExpiryDate() {
        InvalidFieldException dated = assertThrows(InvalidFieldException.class,
                () -> OrderRecords.DVPN.checkDuration(MADE, MADE.plusDays(2)));
        assertEquals("expiresOn", dated.field());
        assertDoesNotThrow(() -> OrderRecords.DVPN.checkDuration(MADE, null));
    }
}
