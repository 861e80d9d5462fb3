package uk.org.throughline.interfaces.security;

import java.time.Duration;
import java.util.function.UnaryOperator;
import uk.org.throughline.domain.shared.Settings;

/**
 * How hard failed sign-ins are slowed down. Once a username has {@code failuresBeforeDelay} failures
 * (a client address {@code addressFailuresBeforeDelay}), the next attempt must wait {@code firstDelay}
 * after the last failure, and each further failure doubles the wait up to {@code longestDelay}.
 *
 * @param failuresBeforeDelay        failures for one username before its attempts wait
 * @param addressFailuresBeforeDelay failures from one client address before its attempts wait: more than
 *                                   for a username, as one office may reach the server from one address
 * @param firstDelay                 the wait after the failure that reaches a threshold
 * @param longestDelay               the most any wait grows to
 */
public record SignInThrottling(int failuresBeforeDelay, int addressFailuresBeforeDelay, Duration firstDelay,
        Duration longestDelay) {

    public static final SignInThrottling DEFAULTS = new SignInThrottling(5, 20, Duration.ofSeconds(1),
            Duration.ofMinutes(15));

    private static final String PREFIX = "throughline.sign-in.";

    public SignInThrottling {
        if (failuresBeforeDelay < 1 || addressFailuresBeforeDelay < 1 || firstDelay.isNegative()
                || firstDelay.isZero() || longestDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("Sign-in throttling out of range: " + failuresBeforeDelay + " and "
                    + addressFailuresBeforeDelay + " failures, delays from " + firstDelay + " to " + longestDelay);
        }
    }

    /**
     * The defaults, each overridable by a property such as {@code throughline.sign-in.failures-before-delay}
     * (for WildFly, a system property in the server configuration).
     */
    public static SignInThrottling from(UnaryOperator<String> properties) {
        return new SignInThrottling(
                Settings.number(properties, PREFIX + "failures-before-delay", DEFAULTS.failuresBeforeDelay),
                Settings.number(properties, PREFIX + "address-failures-before-delay",
                        DEFAULTS.addressFailuresBeforeDelay),
                Duration.ofSeconds(Settings.number(properties, PREFIX + "first-delay-seconds",
                        (int) DEFAULTS.firstDelay.toSeconds())),
                Duration.ofSeconds(Settings.number(properties, PREFIX + "longest-delay-seconds",
                        (int) DEFAULTS.longestDelay.toSeconds())));
    }

    /** The wait after the last of {@code failures} failures, where {@code threshold} failures start the waiting. */
    public Duration delayAfter(int failures, int threshold) {
        if (failures < threshold) {
            return Duration.ZERO;
        }
        int doublings = failures - threshold;
        // firstDelay is at least a second and longestDelay fits an int of seconds: 2^31 s is past any cap
        if (doublings >= Integer.SIZE - 1) {
            return longestDelay;
        }
        Duration delay = firstDelay.multipliedBy(1L << doublings);
        return delay.compareTo(longestDelay) > 0 ? longestDelay : delay;
    }
}
