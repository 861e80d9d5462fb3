package uk.org.throughline.domain.model.caution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CautionTimescalesTest {

    private static CautionTimescales from(Map<String, String> properties) {
        return CautionTimescales.from(properties::get);
    }

    @Test
    void withoutPropertiesTheUsualPracticeApplies() {
        assertEquals(new CautionTimescales(16, 20, 28, 14, 7), from(Map.of()));
    }

    @Test
    void eachNumberCanBeConfigured() {
        CautionTimescales configured = from(Map.of("throughline.caution.compliance-weeks", " 12 ",
                "throughline.caution.maximum-compliance-weeks", "18",
                "throughline.caution.time-limit-warning-days", "42",
                "throughline.caution.due-days", "",
                "throughline.caution.bail-expiry-days", "3"));
        assertEquals(new CautionTimescales(12, 18, 42, 14, 3), configured);
    }

    @Test
    void aNumberThatIsNotANumberIsNamed() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> from(Map.of("throughline.caution.compliance-weeks", "sixteen")));
        assertEquals("throughline.caution.compliance-weeks must be a whole number, not \"sixteen\"",
                refused.getMessage());
    }

    @Test
    void aDefaultPeriodLongerThanTheMaximumIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> from(Map.of("throughline.caution.compliance-weeks", "21")));
    }

    @Test
    void noPeriodOrNegativeWarningIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new CautionTimescales(0, 20, 28, 14, 7));
        assertThrows(IllegalArgumentException.class, () -> new CautionTimescales(16, 20, -1, 14, 7));
        assertThrows(IllegalArgumentException.class, () -> new CautionTimescales(16, 20, 28, -1, 7));
        assertThrows(IllegalArgumentException.class, () -> new CautionTimescales(16, 20, 28, 14, -1));
    }
}
