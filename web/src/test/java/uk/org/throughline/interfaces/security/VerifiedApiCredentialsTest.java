package uk.org.throughline.interfaces.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VerifiedApiCredentialsTest {

    private final MutableClock clock = new MutableClock();
    private final VerifiedApiCredentials credentials = new VerifiedApiCredentials(clock);
    private final CredentialValidationResult valid = new CredentialValidationResult("police.demo", Set.of("POLICE"));

    @Test
    void remembersAVerifiedPasswordForAFewMinutes() {
        credentials.remember(login("police.demo", "right"), valid);

        clock.advanceSeconds(VerifiedApiCredentials.LIFETIME.toSeconds() - 1);
        assertEquals("police.demo", credentials.recall(login("police.demo", "right")).orElseThrow().getCallerPrincipal().getName());

        clock.advanceSeconds(2);
        assertTrue(credentials.recall(login("police.demo", "right")).isEmpty(), "expired");
    }

    @Test
    void neverAcceptsAnotherPasswordOrRemembersAFailure() {
        credentials.remember(login("police.demo", "right"), valid);
        credentials.remember(login("police.demo", "wrong"), CredentialValidationResult.INVALID_RESULT);

        assertTrue(credentials.recall(login("police.demo", "wrong")).isEmpty());
        assertTrue(credentials.recall(login("police.demoright", "")).isEmpty(), "name and password are kept apart");
    }

    private static UsernamePasswordCredential login(String username, String password) {
        return new UsernamePasswordCredential(username, password);
    }

    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-11-24T10:00:00Z");

        void advanceSeconds(long seconds) {
            now = now.plusSeconds(seconds);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
