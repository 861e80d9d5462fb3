package uk.org.throughline.infrastructure.documents;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WarningLetterPdfTest {

    private static final WarningLetter LETTER = new WarningLetter("Referral 12, warning 34", "Daniel Marsh",
            "Building Better Relationships", 3, "My Thinking", LocalDate.of(2026, 11, 17),
            "You did not attend and have not shown a reasonable excuse.", LocalDate.of(2026, 11, 23),
            LocalDate.of(2026, 11, 30), "Priya Shah", "Northampton North, Probation Service", "Tom Okafor");

    private final byte[] pdf = WarningLetterPdf.render(LETTER);
    private final String text = PdfText.of(pdf);

    @Test
    void saysWhatHappenedWhenAndThatItIsUnacceptable() {
        assertAll(
                () -> assertTrue(text.contains("Dear Daniel Marsh,"), text),
                () -> assertTrue(text.contains("session 3 (My Thinking) of Building Better Relationships on "
                        + "17/11/2026. You did not attend and have not shown a reasonable excuse."), text),
                () -> assertTrue(text.contains("This is unacceptable."), text),
                () -> assertTrue(text.contains("paragraph 6 of Schedule 10 to the Sentencing Act 2020"), text),
                () -> assertTrue(text.contains("Date 23/11/2026"), text));
    }

    @Test
    void warnsThatAnotherFailureWithinTwelveMonthsMeansCourt() {
        assertTrue(text.contains("again within 12 months of this warning, that is before 23/11/2027, you will be "
                + "returned to court for breach of your order"), text);
    }

    @Test
    void givesSevenDaysToRespondWithTheDateAndWhoToContact() {
        assertAll(
                () -> assertTrue(text.contains("You have 7 days to respond"), text),
                () -> assertTrue(text.contains("tell us by 30/11/2026"), text),
                () -> assertTrue(text.contains("Priya Shah, Northampton North, Probation Service. Please quote the "
                        + "reference Referral 12, warning 34."), text),
                () -> assertTrue(text.contains("Yours sincerely, Tom Okafor"), text));
    }

    @Test
    void isOnePageOfA4MarkedOfficialSensitive() {
        assertAll(
                () -> assertEquals(1, PdfText.pages(pdf)),
                () -> assertTrue(text.startsWith("OFFICIAL-SENSITIVE"), text),
                () -> assertTrue(text.contains("OFFICIAL-SENSITIVE Page 1 of 1"), text));
    }

    @Test
    void printsWhatHelveticaCannotAsAQuestionMarkRatherThanFailing() {
        WarningLetter polish = new WarningLetter(LETTER.reference(), "Łukasz Wójcik", LETTER.programmeName(), 3,
                LETTER.moduleName(), LETTER.sessionDate(), LETTER.failure(), LETTER.issuedOn(), LETTER.respondBy(),
                LETTER.contactName(), null, LETTER.signedBy());

        String polishText = PdfText.of(WarningLetterPdf.render(polish));

        assertTrue(polishText.contains("Dear ?ukasz Wójcik,"), polishText);
    }
}
