package uk.org.throughline.application.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ServerClockTest {

    private final Clock system = Clock.fixed(Instant.parse("2026-12-07T18:00:00Z"), ZoneOffset.UTC);

    @Test
    void withoutTheProperty_isTheSystemClock() {
        assertSame(system, ServerClock.startingAt(null, system, system.instant()));
        assertSame(system, ServerClock.startingAt(" ", system, system.instant()));
    }

    @Test
    void withTheProperty_readsTheGivenInstantAtServerStart() {
        assertEquals(Instant.parse("2028-02-29T09:00:00Z"),
                ServerClock.startingAt("2028-02-29T09:00:00Z", system, system.instant()).instant());
    }

    @Test
    void aRedeploymentLaterOn_doesNotSetTheClockBack() {
        Instant serverStarted = Instant.parse("2026-12-07T17:30:00Z");
        assertEquals(Instant.parse("2028-02-29T09:30:00Z"),
                ServerClock.startingAt("2028-02-29T09:00:00Z", system, serverStarted).instant());
    }

    @Test
    void withTheProperty_keepsTimeWithTheSystemClock() throws InterruptedException {
        Clock clock = ServerClock.startingAt("2027-03-23T09:00:00Z", Clock.systemUTC(), Instant.now());
        Thread.sleep(20);
        assertTrue(clock.instant().isAfter(Instant.parse("2027-03-23T09:00:00.019Z")));
    }

    @Test
    void aPropertyThatIsNotAnInstant_namesTheProperty() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> ServerClock.startingAt("23/03/2027", system, system.instant()));
        assertTrue(refused.getMessage().startsWith("throughline.clock must be an instant"));
    }
}
