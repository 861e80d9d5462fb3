package uk.org.throughline.domain.model.caution;

import java.math.BigDecimal;
import java.time.LocalDate;
import uk.org.throughline.domain.shared.PoliceText;

/**
 * A condition as set by the officer: what it requires, the programme for a rehabilitative one, the
 * dates for a restrictive one, the amount of a financial penalty and the hours of unpaid work or
 * attendance.
 */
public record ConditionTerms(ConditionType type, PoliceText description, String programmeName, LocalDate startsOn,
        LocalDate endsOn, BigDecimal amount, Integer hours) {
}
