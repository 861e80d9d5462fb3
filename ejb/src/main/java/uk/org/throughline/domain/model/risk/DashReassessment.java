package uk.org.throughline.domain.model.risk;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.function.UnaryOperator;
import uk.org.throughline.domain.shared.Settings;

/**
 * When a victim whose case is open is due another DASH assessment. Common practice (SafeLives)
 * reassesses every 8 weeks while a case is open; the number of weeks is local practice, so it is
 * configured ({@code throughline.risk.reassessment-weeks}). The weeks run from her last assessment, or
 * from the day her case opened when she has had none.
 *
 * @param weeks how long after an assessment the next is due (8)
 */
public record DashReassessment(int weeks) {

    public static final DashReassessment DEFAULTS = new DashReassessment(8);

    public DashReassessment {
        if (weeks < 1) {
            throw new IllegalArgumentException("A DASH reassessment is due after at least a week, not " + weeks);
        }
    }

    /** The default, overridable by the property {@code throughline.risk.reassessment-weeks}. */
    public static DashReassessment from(UnaryOperator<String> properties) {
        return new DashReassessment(Settings.number(properties, "throughline.risk.reassessment-weeks",
                DEFAULTS.weeks));
    }

    /**
     * The reassessment due on {@code today}, if one is: from exactly {@link #weeks} after {@code since}.
     *
     * @param since her last assessment's day, or the day her case opened when she has none
     */
    public Optional<Due> dueOn(LocalDate since, LocalDate today) {
        LocalDate due = since.plusWeeks(weeks);
        return today.isBefore(due) ? Optional.empty() : Optional.of(new Due(due, ChronoUnit.DAYS.between(due, today)));
    }

    /** @param daysOverdue 0 on the day it falls due */
    public record Due(LocalDate dueOn, long daysOverdue) {
    }
}
