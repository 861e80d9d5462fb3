package uk.org.throughline.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import uk.org.throughline.domain.shared.PoliceText.Reader;

class PoliceTextTest {

    private static final String VIEWS = "Priya supports the caution; she is staying with her sister in Corby";

    @Test
    void anOffenderManagerReadsThatPoliceHoldTextTheyDidNotShare() {
        PoliceText views = new PoliceText(VIEWS, false);
        assertEquals("Held by police: ask the officer in the case", views.readBy(Reader.PERPETRATOR_FACING));
        assertTrue(views.isWithheldFrom(Reader.PERPETRATOR_FACING));
    }

    @Test
    void anOffenderManagerReadsWhatPoliceMarkedShareable() {
        PoliceText views = new PoliceText(VIEWS, true);
        assertEquals(VIEWS, views.readBy(Reader.PERPETRATOR_FACING));
        assertFalse(views.isWithheldFrom(Reader.PERPETRATOR_FACING));
    }

    @Test
    void staffWhoWorkWithVictimsReadPoliceTextAsTyped() {
        assertEquals(VIEWS, new PoliceText(VIEWS, false).readBy(Reader.VICTIM_FACING));
        assertFalse(new PoliceText(VIEWS, false).isWithheldFrom(Reader.VICTIM_FACING));
    }

    @Test
    void nothingTypedIsNothingHeld() {
        assertNull(PoliceText.NONE.readBy(Reader.PERPETRATOR_FACING), "no text to ask the officer about");
        assertFalse(PoliceText.NONE.isWithheldFrom(Reader.PERPETRATOR_FACING));
    }

    @Test
    void textTheSystemWritesIsShared() {
        assertEquals("Caution withdrawn", PoliceText.shareable("Caution withdrawn").readBy(Reader.PERPETRATOR_FACING));
    }
}
