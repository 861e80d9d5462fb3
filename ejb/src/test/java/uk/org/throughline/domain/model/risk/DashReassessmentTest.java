package uk.org.throughline.domain.model.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DashReassessmentTest {

    private static final LocalDate LAST_ASSESSED = LocalDate.of(2026, 10, 13);

    @Test
    void anOpenCaseIsDueAReassessmentAtExactlyEightWeeks() {
        DashReassessment every8Weeks = DashReassessment.from(Map.<String, String>of()::get);
        assertEquals(Optional.empty(), every8Weeks.dueOn(LAST_ASSESSED, LocalDate.of(2026, 12, 7)));
        assertEquals(Optional.of(new DashReassessment.Due(LocalDate.of(2026, 12, 8), 0)),
                every8Weeks.dueOn(LAST_ASSESSED, LocalDate.of(2026, 12, 8)));
        assertEquals(Optional.of(new DashReassessment.Due(LocalDate.of(2026, 12, 8), 10)),
                every8Weeks.dueOn(LAST_ASSESSED, LocalDate.of(2026, 12, 18)));
    }

    @Test
    void theWeeksAreLocalPracticeAndConfigured() {
        DashReassessment every6Weeks = DashReassessment.from(Map.of("throughline.risk.reassessment-weeks", "6")::get);
        assertEquals(Optional.of(new DashReassessment.Due(LocalDate.of(2026, 11, 24), 0)),
                every6Weeks.dueOn(LAST_ASSESSED, LocalDate.of(2026, 11, 24)));
        assertThrows(IllegalArgumentException.class, () -> new DashReassessment(0));
    }
}
