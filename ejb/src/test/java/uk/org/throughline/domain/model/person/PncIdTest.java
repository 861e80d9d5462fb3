package uk.org.throughline.domain.model.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.org.throughline.domain.shared.InvalidFieldException;

class PncIdTest {

    /** The day the rules are read on: a two-digit year after it is last century. */
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void acceptsTheFourDigitYearForm() {
        assertEquals("2019/1234567J", PncId.parse("2019/1234567J", TODAY).value());
    }

    @Test
    void writesATwoDigitYearAsFourDigits() {
        assertEquals("2019/1234567J", PncId.parse("19/1234567J", TODAY).value());
        assertEquals("1988/0012345G", PncId.parse("88/12345G", TODAY).value());
    }

    @Test
    void padsTheSerialToSevenDigits() {
        assertEquals("2019/0034567L", PncId.parse("2019/34567L", TODAY).value());
    }

    @Test
    void acceptsLowerCaseAndSurroundingSpaces() {
        assertEquals("2009/0123456C", PncId.parse("  09/123456c ", TODAY).value());
    }

    @Test
    void sameIdHoweverTypedIsEqual() {
        assertEquals(PncId.parse("19/34567L", TODAY), PncId.parse("2019/0034567L", TODAY));
    }

    @Test
    void refusesAWrongCheckLetter() {
        InvalidFieldException refused = assertThrows(InvalidFieldException.class, () -> PncId.parse("2019/1234567A", TODAY));
        assertEquals("pncId", refused.field());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2019-1234567J", "201/1234567J", "2019/12345678J", "2019/1234567", "ABC", "2019/123456JJ"})
    void refusesAnythingNotShapedLikeAPncId(String typed) {
        InvalidFieldException refused = assertThrows(InvalidFieldException.class, () -> PncId.parse(typed, TODAY));
        assertEquals("pncId", refused.field());
    }

    @Test
    void aBlankFieldMeansNoPncRecord() {
        assertNull(PncId.parseOptional("  ", TODAY));
        assertNull(PncId.parseOptional(null, TODAY));
    }

    @Test
    void madeFromYearAndSerialWithItsCheckLetter() {
        PncId made = PncId.of(2009, 123456);
        assertEquals("2009/0123456C", made.value());
        assertEquals(made, PncId.parse(made.value(), TODAY));
    }
}
