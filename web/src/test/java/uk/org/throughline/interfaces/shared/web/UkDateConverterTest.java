package uk.org.throughline.interfaces.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.convert.ConverterException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class UkDateConverterTest {

    private final UkDateConverter converter = new UkDateConverter();

    @Test
    void readsADateTypedDayMonthYear() {
        assertEquals(LocalDate.of(2026, 11, 23), converter.getAsObject(null, null, "23/11/2026"));
    }

    @Test
    void refusesADateThatDoesNotExist() {
        ConverterException refused = assertThrows(ConverterException.class,
                () -> converter.getAsObject(null, null, "31/02/2026"));

        assertTrue(refused.getFacesMessage().getDetail().startsWith("31/02/2026 is not a real date."));
    }

    @Test
    void refusesAnIsoDateAndSaysHowToWriteIt() {
        ConverterException refused = assertThrows(ConverterException.class,
                () -> converter.getAsObject(null, null, "2026-11-23"));

        FacesMessage message = refused.getFacesMessage();
        assertEquals("Enter the date as day/month/year, for example 23/11/2026", message.getDetail());
        assertEquals(FacesMessage.SEVERITY_ERROR, message.getSeverity());
    }

    @Test
    void anEmptyBoxIsNoDate() {
        assertNull(converter.getAsObject(null, null, "  "));
    }

    @Test
    void showsADateDayMonthYear() {
        assertEquals("23/11/2026", converter.getAsString(null, null, LocalDate.of(2026, 11, 23)));
    }
}
