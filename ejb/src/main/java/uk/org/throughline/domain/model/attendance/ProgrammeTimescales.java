package uk.org.throughline.domain.model.attendance;

import java.util.function.UnaryOperator;
import uk.org.throughline.domain.shared.Settings;

/**
 * The local-practice numbers of attendance enforcement, in one place so they are configured, not
 * scattered. The 12 months within which a second failure means breach is statute, not practice: see
 * {@link Enforcement}.
 *
 * @param evidenceWorkingDays how long an absence waits for evidence of a reasonable excuse (5 working days)
 * @param warningResponseDays how long a warning letter gives the person to respond (7 days)
 */
public record ProgrammeTimescales(int evidenceWorkingDays, int warningResponseDays) {

    public static final ProgrammeTimescales DEFAULTS = new ProgrammeTimescales(5, 7);

    private static final String PREFIX = "throughline.programme.";

    public ProgrammeTimescales {
        if (evidenceWorkingDays < 1 || warningResponseDays < 1) {
            throw new IllegalArgumentException("Programme timescales out of range: evidence " + evidenceWorkingDays
                    + " working days, warning response " + warningResponseDays + " days");
        }
    }

    /**
     * The defaults, each overridable by a property such as {@code throughline.programme.evidence-working-days}
     * (for WildFly, a system property in the server configuration).
     */
    public static ProgrammeTimescales from(UnaryOperator<String> properties) {
        return new ProgrammeTimescales(
                Settings.number(properties, PREFIX + "evidence-working-days", DEFAULTS.evidenceWorkingDays),
                Settings.number(properties, PREFIX + "warning-response-days", DEFAULTS.warningResponseDays));
    }
}
