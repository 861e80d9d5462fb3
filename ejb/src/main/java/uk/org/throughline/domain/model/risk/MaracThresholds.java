package uk.org.throughline.domain.model.risk;

import java.util.function.UnaryOperator;
import uk.org.throughline.domain.shared.Settings;

/**
 * The local-practice number of the potential-escalation criterion: so many police incidents within
 * so many months (commonly 3 in 12; some areas 3 in 6); and the repeat window, SafeLives' 12 months
 * from her last referral unless configured otherwise (see {@link MaracCriteria} and {@link MaracRepeatRule}).
 */
public record MaracThresholds(int escalationIncidents, int escalationMonths, int repeatMonths) {

    public static final MaracThresholds DEFAULTS = new MaracThresholds(3, 12, 12);

    private static final String PREFIX = "throughline.marac.";

    public MaracThresholds {
        if (escalationIncidents < 1 || escalationMonths < 1) {
            throw new IllegalArgumentException("MARAC escalation threshold out of range: " + escalationIncidents
                    + " incidents in " + escalationMonths + " months");
        }
        if (repeatMonths < 1) {
            throw new IllegalArgumentException("MARAC repeat window out of range: " + repeatMonths + " months");
        }
    }

    /**
     * The defaults, each overridable by {@code throughline.marac.escalation-incidents},
     * {@code throughline.marac.escalation-months} and {@code throughline.marac.repeat-months} (for WildFly,
     * system properties).
     */
    public static MaracThresholds from(UnaryOperator<String> properties) {
        return new MaracThresholds(
                Settings.number(properties, PREFIX + "escalation-incidents", DEFAULTS.escalationIncidents),
                Settings.number(properties, PREFIX + "escalation-months", DEFAULTS.escalationMonths),
                Settings.number(properties, PREFIX + "repeat-months", DEFAULTS.repeatMonths));
    }
}
