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
    void aDvpoLastsBetween14And28DaysUnlessTheCourtGivesAReason() {
        InvalidFieldException tooLong = assertThrows(InvalidFieldException.class,
                () -> OrderRecords.DVPO.checkDuration(MADE, MADE.plusDays(35), null));
        assertEquals("durationReason", tooLong.field());
        assertEquals("A domestic violence protection order lasts between 14 and 28 days; this one lasts 35 days. "
                + "Record the court's reason for the duration, or correct the expiry date", tooLong.getMessage());
        assertThrows(InvalidFieldException.class, () -> OrderRecords.DVPO.checkDuration(MADE, MADE.plusDays(13), " "));
        assertDoesNotThrow(() -> OrderRecords.DVPO.checkDuration(MADE, MADE.plusDays(28), null));
        assertDoesNotThrow(() -> OrderRecords.DVPO.checkDuration(MADE, MADE.plusDays(14), null));
        assertDoesNotThrow(() -> OrderRecords.DVPO.checkDuration(MADE, MADE.plusDays(35), "Hearing adjourned"));
    }

    @Test
    void theExpiryIsAfterTheDayTheOrderWasMade() {
        InvalidFieldException sameDay = assertThrows(InvalidFieldException.class,
                () -> OrderRecords.NON_MOLESTATION.checkDuration(MADE, MADE, null));
        assertEquals("expiresOn", sameDay.field());
        assertEquals("The expiry date must be after the date the order was made (02/11/2026)", sameDay.getMessage());
    }

    @Test
    void untilFurtherOrderOnlyWhereTheLawAllowsIt() {
        assertDoesNotThrow(() -> OrderRecords.NON_MOLESTATION.checkDuration(MADE, null, null));
        assertDoesNotThrow(() -> OrderRecords.STALKING.checkDuration(MADE, null, null));
        InvalidFieldException fixed = assertThrows(InvalidFieldException.class,
                () -> OrderRecords.DVPO.checkDuration(MADE, null, null));
        assertEquals("Enter the expiry date: a domestic violence protection order is made for a fixed period "
                + "between 14 and 28 days", fixed.getMessage());
    }

    @Test
    void aStalkingOrderLastsAtLeastTwoYears() {
        InvalidFieldException shortOrder = assertThrows(InvalidFieldException.class,
                () -> OrderRecords.STALKING.checkDuration(MADE, MADE.plusYears(1), null));
        assertEquals("durationReason", shortOrder.field());
        assertDoesNotThrow(() -> OrderRecords.STALKING.checkDuration(MADE, MADE.plusDays(730), null));
    }

    @Test
    void aNoticeHasNoExpiryDate() {
        InvalidFieldException dated = assertThrows(InvalidFieldException.class,
                () -> OrderRecords.DVPN.checkDuration(MADE, MADE.plusDays(2), null));
        assertEquals("expiresOn", dated.field());
        assertDoesNotThrow(() -> OrderRecords.DVPN.checkDuration(MADE, null, null));
    }
}
