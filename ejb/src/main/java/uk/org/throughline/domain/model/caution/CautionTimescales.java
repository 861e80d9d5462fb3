package uk.org.throughline.domain.model.caution;

import java.util.function.UnaryOperator;
import uk.org.throughline.domain.shared.Settings;

/**
 * The local-practice numbers of the police journey, in one place so they are configured, not
 * scattered: the compliance period (usually 16 weeks, exceptionally up to 20), how early the
 * summary time limit is warned about, and the police worklist's look-ahead windows.
 *
 * @param complianceWeeks        default period from caution to compliance deadline
 * @param maximumComplianceWeeks the longest deadline an officer may set
 * @param timeLimitWarningDays   warn this many days before the 6-month summary time limit
 * @param cautionDueDays         worklist: cautions whose deadline falls within this many days
 * @param bailExpiryDays         worklist: bail conditions expiring within this many days
 */
public record CautionTimescales(int complianceWeeks, int maximumComplianceWeeks, int timeLimitWarningDays,
        int cautionDueDays, int bailExpiryDays) {

    public static final CautionTimescales DEFAULTS = new CautionTimescales(16, 20, 28, 14, 7);

    private static final String PREFIX = "throughline.caution.";

    public CautionTimescales {
        if (complianceWeeks < 1 || maximumComplianceWeeks < complianceWeeks || timeLimitWarningDays < 0
                || cautionDueDays < 0 || bailExpiryDays < 0) {
            throw new IllegalArgumentException("Caution timescales out of range: compliance " + complianceWeeks
                    + " weeks (maximum " + maximumComplianceWeeks + "), warnings " + timeLimitWarningDays + "/"
                    + cautionDueDays + "/" + bailExpiryDays + " days");
        }
    }

    /**
     * The defaults, each overridable by a property such as {@code throughline.caution.compliance-weeks}
     * (for WildFly, a system property in the server configuration).
     */
    public static CautionTimescales from(UnaryOperator<String> properties) {
        return new CautionTimescales(
                Settings.number(properties, PREFIX + "compliance-weeks", DEFAULTS.complianceWeeks),
                Settings.number(properties, PREFIX + "maximum-compliance-weeks", DEFAULTS.maximumComplianceWeeks),
                Settings.number(properties, PREFIX + "time-limit-warning-days", DEFAULTS.timeLimitWarningDays),
                Settings.number(properties, PREFIX + "due-days", DEFAULTS.cautionDueDays),
                Settings.number(properties, PREFIX + "bail-expiry-days", DEFAULTS.bailExpiryDays));
    }
}
