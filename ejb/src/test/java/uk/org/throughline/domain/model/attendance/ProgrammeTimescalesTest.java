package uk.org.throughline.domain.model.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ProgrammeTimescalesTest {

    private static ProgrammeTimescales from(Map<String, String> properties) {
        return ProgrammeTimescales.from(properties::get);
    }

    @Test
    void withoutPropertiesFiveWorkingDaysForEvidenceAndSevenDaysToRespond() {
        assertEquals(new ProgrammeTimescales(5, 7), from(Map.of()));
    }

    @Test
    void eachNumberCanBeConfigured() {
        assertEquals(new ProgrammeTimescales(3, 14), from(Map.of("throughline.programme.evidence-working-days", "3",
                "throughline.programme.warning-response-days", " 14 ")));
    }

    @Test
    void aNumberThatIsNotANumberIsNamed() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> from(Map.of("throughline.programme.warning-response-days", "a week")));
        assertEquals("throughline.programme.warning-response-days must be a whole number, not \"a week\"",
                refused.getMessage());
    }

    @Test
    void noDaysAtAllIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> from(Map.of("throughline.programme.evidence-working-days", "0")));
    }
}
