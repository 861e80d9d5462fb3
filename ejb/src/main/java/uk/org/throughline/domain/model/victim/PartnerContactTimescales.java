package uk.org.throughline.domain.model.victim;

import java.util.function.UnaryOperator;
import uk.org.throughline.domain.shared.Settings;

/**
 * The local-practice numbers of partner contact (Respect Standard: timings are local), in one place.
 *
 * @param initialWorkingDays   first contact due within this many working days of the referral (5)
 * @param intervalDays         then every this many days while the programme runs (28)
 * @param eventWorkingDays     a contact due within this many working days of his start, completion or exit (2)
 * @param failedAttemptsToEscalate failed attempts in a row that escalate to a manager (3)
 */
public record PartnerContactTimescales(int initialWorkingDays, int intervalDays, int eventWorkingDays,
        int failedAttemptsToEscalate) {

    public static final PartnerContactTimescales DEFAULTS = new PartnerContactTimescales(5, 28, 2, 3);

    private static final String PREFIX = "throughline.partner-contact.";

    public PartnerContactTimescales {
        if (initialWorkingDays < 1 || intervalDays < 1 || eventWorkingDays < 1 || failedAttemptsToEscalate < 1) {
            throw new IllegalArgumentException("Partner-contact timescales out of range: initial " + initialWorkingDays
                    + " working days, interval " + intervalDays + " days, events " + eventWorkingDays
                    + " working days, escalation after " + failedAttemptsToEscalate + " failed attempts");
        }
    }

    /** The defaults, each overridable by a property such as {@code throughline.partner-contact.interval-days}. */
    public static PartnerContactTimescales from(UnaryOperator<String> properties) {
        return new PartnerContactTimescales(
                Settings.number(properties, PREFIX + "initial-working-days", DEFAULTS.initialWorkingDays),
                Settings.number(properties, PREFIX + "interval-days", DEFAULTS.intervalDays),
                Settings.number(properties, PREFIX + "event-working-days", DEFAULTS.eventWorkingDays),
                Settings.number(properties, PREFIX + "failed-attempts-to-escalate", DEFAULTS.failedAttemptsToEscalate));
    }
}
