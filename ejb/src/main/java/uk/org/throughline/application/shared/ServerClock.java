package uk.org.throughline.application.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import uk.org.throughline.domain.shared.UkDate;

/**
 * The one clock every use case reads the time from, in London's zone. Started with
 * {@code -Dthroughline.clock=2027-06-01T09:00:00Z}, the server's time is that instant when the JVM
 * started and runs on from there (a redeployment does not set it back), so a demo or a test suite can
 * be run as on any day.
 */
@ApplicationScoped
public class ServerClock {

    public static final String PROPERTY = "throughline.clock";

    private final Clock clock = startingAt(System.getProperty(PROPERTY), Clock.system(UkDate.LONDON),
            Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime()));

    @Produces
    public Clock clock() {
        return clock;
    }

    /**
     * {@code system} itself when {@code start} is blank, else a clock that read {@code start} when the
     * server started and keeps time with {@code system}.
     *
     * @throws IllegalArgumentException naming the property when {@code start} is not an ISO-8601 instant
     */
    static Clock startingAt(String start, Clock system, Instant serverStarted) {
        if (start == null || start.isBlank()) {
            return system;
        }
        try {
            return Clock.offset(system, Duration.between(serverStarted, Instant.parse(start.strip())));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(PROPERTY + " must be an instant such as 2027-06-01T09:00:00Z, not "
                    + start, e);
        }
    }
}
