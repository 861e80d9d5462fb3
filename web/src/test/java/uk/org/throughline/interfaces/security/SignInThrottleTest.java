package uk.org.throughline.interfaces.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private static final String OFFICE = "10.1.2.3";

    private final MutableClock clock = new MutableClock();
    private final SignInThrottle throttle = new SignInThrottle(clock, SignInThrottling.DEFAULTS);

    @Test
    void makesTheSixthAttemptWaitASecondAfterFiveFailures() {
        failures("police.demo", OFFICE, 5);

        assertEquals(Optional.of(Duration.ofSeconds(1)), throttle.admit("police.demo", OFFICE));
        clock.advance(Duration.ofMillis(400));
        assertEquals(Optional.of(Duration.ofMillis(600)), throttle.admit("police.demo", OFFICE),
                "refused attempts neither count nor restart the wait");
        clock.advance(Duration.ofMillis(600));
        assertEquals(Optional.empty(), throttle.admit("police.demo", OFFICE));
    }

    @Test
    void doublesTheWaitWithEachFurtherFailureUpToFifteenMinutes() {
        failures("police.demo", OFFICE, 5);

        for (long expected : new long[] {2, 4, 8, 16, 32, 64, 128, 256, 512, 900, 900}) {
            clock.advance(throttle.admit("police.demo", OFFICE).orElseThrow());
            failures("police.demo", OFFICE, 1);
            assertEquals(Optional.of(Duration.ofSeconds(expected)), throttle.admit("police.demo", OFFICE));
        }
    }

    @Test
    void startsTheUsernameAgainAfterASuccess() {
        failures("police.demo", OFFICE, 4);

        assertEquals(Optional.empty(), throttle.admit("police.demo", OFFICE));
        throttle.succeeded("police.demo", OFFICE);
        failures("police.demo", OFFICE, 4);

        assertEquals(Optional.empty(), throttle.admit("police.demo", OFFICE), "four failures since the success");
    }

    @Test
    void matchesUsernamesAsSignInDoes() {
        failures("Police.Demo ", OFFICE, 5);

        assertTrue(throttle.admit("police.demo", OFFICE).isPresent());
    }

    @Test
    void keepsUnknownAndKnownUsernamesApartFromOtherAddresses() {
        failures("nobody", OFFICE, 5);

        assertTrue(throttle.admit("nobody", "192.0.2.1").isPresent(), "the username waits from anywhere");
        assertEquals(Optional.empty(), throttle.admit("police.demo", OFFICE), "another username from the same address");
    }

    @Test
    void makesAnAddressWaitAfterTwentyFailuresWhateverTheUsernames() {
        for (int i = 0; i < 20; i++) {
            failures("guess" + i, OFFICE, 1);
        }

        assertEquals(Optional.of(Duration.ofSeconds(1)), throttle.admit("someone.else", OFFICE));
        assertEquals(Optional.empty(), throttle.admit("someone.else", "192.0.2.1"));
    }

    @Test
    void neverClearsAnAddressForASuccessFromIt() {
        for (int i = 0; i < 19; i++) {
            failures("guess" + i, OFFICE, 1);
        }
        assertEquals(Optional.empty(), throttle.admit("attacker.own.account", OFFICE));
        throttle.succeeded("attacker.own.account", OFFICE);

        failures("guess19", OFFICE, 1);

        assertTrue(throttle.admit("guess20", OFFICE).isPresent());
    }

    @Test
    void countsAttemptsStillBeingCheckedAsFailures() {
        for (int i = 0; i < 5; i++) {
            assertEquals(Optional.empty(), throttle.admit("police.demo", OFFICE));
        }

        assertTrue(throttle.admit("police.demo", OFFICE).isPresent(), "a burst stops at the threshold");
    }

    @Test
    void forgetsFailuresAFurtherFifteenMinutesAfterTheWaitEnds() {
        failures("police.demo", OFFICE, 5);
        clock.advanceSeconds(1);
        failures("police.demo", OFFICE, 1);
        clock.advance(Duration.ofSeconds(2).plusMinutes(15));
        failures("police.demo", OFFICE, 1);
        assertTrue(throttle.admit("police.demo", OFFICE).isPresent(), "seven failures: not yet forgotten");

        clock.advance(Duration.ofSeconds(4).plusMinutes(15).plusMillis(1));

        failures("police.demo", OFFICE, 4);
        assertEquals(Optional.empty(), throttle.admit("police.demo", OFFICE), "counting from one again");
    }

    @Test
    void dropsTheLeastRecentlyFailedUsernameWhenMemoryIsFull() {
        failures("police.demo", OFFICE, 5);

        for (int i = 0; i < SignInThrottle.MOST_REMEMBERED; i++) {
            failures("guess" + i, "192.0.2." + i, 1);
        }

        assertEquals(Optional.empty(), throttle.admit("police.demo", "198.51.100.1"));
    }

    private void failures(String username, String address, int count) {
        for (int i = 0; i < count; i++) {
            assertEquals(Optional.empty(), throttle.admit(username, address), "failure " + (i + 1) + " was admitted");
            throttle.failed(username, address);
        }
    }
}
