package uk.org.throughline.it;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * The suite's time in London, agreeing with the server's. The build passes {@code throughline.clock}
 * (e.g. {@code -Dthroughline.clock=2027-06-01T09:00:00Z}) both to this JVM and to the server, whose clock
 * then starts at that instant; without it (or blank) both use the real clock. Tests build every date
 * whose meaning depends on the day from {@link #today()}, so none depends on the day the suite runs.
 */
public final class TestClock {

    public static final String PROPERTY = "throughline.clock";
    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    /** The instant the clock was set to, or null for the real clock. */
    private static final Instant START = start(System.getProperty(PROPERTY));

    /** Runs on from {@link #START}, as the server's clock does, so times of day move as the server's do. */
    private static final Clock CLOCK = START == null ? Clock.system(LONDON)
            : Clock.offset(Clock.system(LONDON), Duration.between(Instant.now(), START));

    private TestClock() {
    }

    /** Today in London: the day of the instant the clock was set to, else today by the real clock. */
    public static LocalDate today() {
        return START == null ? LocalDate.now(LONDON) : LocalDate.ofInstant(START, LONDON);
    }

    /** Now in London, running on from the instant the clock was set to, else the real time. */
    public static OffsetDateTime now() {
        return OffsetDateTime.now(CLOCK);
    }

    private static Instant start(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalStateException(PROPERTY + " must be an instant such as 2027-06-01T09:00:00Z, not " + value,
                    e);
        }
    }
}
