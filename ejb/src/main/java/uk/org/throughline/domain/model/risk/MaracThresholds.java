package uk.org.throughline.domain.model.risk;

import java.util.function.UnaryOperator;
import uk.org.throughline.domain.shared.Settings;

/**
 * The local-practice number of the potential-escalation criterion: so many police incidents within
 * so many months (commonly 3 in 12; some areas 3 in 6). The 12-month repeat window is SafeLives'
 * definition, not local practice: see {@link MaracCriteria}.
 */
public record MaracThresholds(int escalationIncidents, int escalationMonths) {

    public static final MaracThresholds DEFAULTS = new MaracThresholds(3, 12);

    private static final String PREFIX = "throughline.marac.";

    public MaracThresholds {
        if (escalationIncidents < 1 || escalationMonths < 1) {
            throw new IllegalArgumentException("MARAC escalation threshold out of range: " + escalationIncidents
                    + " incidents in " + escalationMonths + " months");
        }
    }

    /**
     * The defaults, each overridable by {@code throughline.marac.escalation-incidents} and
     * {@code throughline.marac.escalation-months} (for WildFly, system properties).
     */
    public static MaracThresholds from(UnaryOperator<String> properties) {
        return new MaracThresholds(
                Settings.number(properties, PREFIX + "escalation-incidents", DEFAULTS.escalationIncidents),
                Settings.number(properties, PREFIX + "escalation-months", DEFAULTS.escalationMonths));
    }
}
