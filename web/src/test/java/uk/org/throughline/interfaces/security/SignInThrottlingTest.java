package uk.org.throughline.interfaces.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SignInThrottlingTest {

    @Test
    void takesEachSettingFromItsPropertyOrTheDefault() {
        SignInThrottling settings = SignInThrottling.from(Map.of(
                "throughline.sign-in.failures-before-delay", "3",
                "throughline.sign-in.longest-delay-seconds", "60")::get);

        assertEquals(new SignInThrottling(3, 20, Duration.ofSeconds(1), Duration.ofMinutes(1)), settings);
    }

    @Test
    void waitsNothingBeforeTheThresholdThenDoublesFromTheFirstDelayToTheLongest() {
        SignInThrottling settings = new SignInThrottling(5, 20, Duration.ofSeconds(3), Duration.ofSeconds(100));

        assertEquals(Duration.ZERO, settings.delayAfter(4, 5));
        assertEquals(Duration.ofSeconds(3), settings.delayAfter(5, 5));
        assertEquals(Duration.ofSeconds(96), settings.delayAfter(10, 5));
        assertEquals(Duration.ofSeconds(100), settings.delayAfter(11, 5));
        assertEquals(Duration.ofSeconds(100), settings.delayAfter(Integer.MAX_VALUE, 5), "no overflow");
    }

    @Test
    void refusesALongestDelayShorterThanTheFirst() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> SignInThrottling.from(
                Map.of("throughline.sign-in.first-delay-seconds", "1000")::get));

        assertTrue(refused.getMessage().contains("PT16M40S"), refused.getMessage());
    }
}
