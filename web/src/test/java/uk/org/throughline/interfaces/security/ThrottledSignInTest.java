package uk.org.throughline.interfaces.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ThrottledSignInTest {

    @Test
    void roundsTheWaitUpToWholeSecondsAndNeverToNothing() {
        assertEquals(1, new ThrottledSignIn(Duration.ofMillis(1)).retryAfterSeconds());
        assertEquals(2, new ThrottledSignIn(Duration.ofSeconds(2)).retryAfterSeconds());
        assertEquals(3, new ThrottledSignIn(Duration.ofMillis(2001)).retryAfterSeconds());
    }

    @Test
    void saysSecondsUnderAMinuteAndMinutesAfter() {
        assertEquals("Too many failed sign-ins. Try again in 1 second.", message(Duration.ofMillis(300)));
        assertEquals("Too many failed sign-ins. Try again in 59 seconds.", message(Duration.ofSeconds(59)));
        assertEquals("Too many failed sign-ins. Try again in 1 minute.", message(Duration.ofSeconds(60)));
        assertEquals("Too many failed sign-ins. Try again in 2 minutes.", message(Duration.ofSeconds(61)));
        assertEquals("Too many failed sign-ins. Try again in 15 minutes.", message(Duration.ofMinutes(15)));
    }

    private static String message(Duration wait) {
        return new ThrottledSignIn(wait).message();
    }
}
