package uk.org.throughline.interfaces.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import uk.org.throughline.domain.model.staff.StaffMember;

/**
 * Slows down password guessing, for the sign-in page and the API alike. Each failed sign-in counts
 * against the username typed (whether or not it exists, so the waits give nothing away) and against
 * the client address; past a threshold ({@link SignInThrottling}) an attempt must wait, and is
 * refused without its password being checked until the wait is over. A success forgets the
 * username's failures, not the address's: otherwise one account of an attacker's own would clear
 * the count of their guesses at everyone else's.
 * <p>
 * An admitted attempt counts as failed until it {@link #succeeded}, so that a burst of attempts sent
 * at once is stopped at the threshold, not all checked while the first are still being hashed.
 * <p>
 * The counts live in this server's memory, at most {@link #MOST_REMEMBERED} usernames and as many
 * addresses (the least recently failed are dropped first); a username's or address's count is
 * forgotten once its wait has ended and a further longest delay has passed without a failure. A
 * restart forgets them all, and servers in a cluster would each keep their own.
 */
@ApplicationScoped
public class SignInThrottle {

    static final int MOST_REMEMBERED = 10_000;

    private final Clock clock;
    private final SignInThrottling rules;
    private final FailureCounts usernames;
    private final FailureCounts addresses;

    /** For the container's proxy only. */
    protected SignInThrottle() {
        this(null, SignInThrottling.DEFAULTS);
    }

    @Inject
    public SignInThrottle(Clock clock) {
        this(clock, SignInThrottling.from(System::getProperty));
    }

    SignInThrottle(Clock clock, SignInThrottling rules) {
        this.clock = clock;
        this.rules = rules;
        this.usernames = new FailureCounts(rules.failuresBeforeDelay());
        this.addresses = new FailureCounts(rules.addressFailuresBeforeDelay());
    }

    /**
     * Empty when the attempt may go ahead: it then counts as failed until {@link #succeeded} says
     * otherwise, and {@link #failed} must follow if it fails. Otherwise how long it must still wait.
     */
    public synchronized Optional<Duration> admit(String username, String clientAddress) {
        Instant now = clock.instant();
        Instant waitEnds = later(usernames.waitEnds(keyOf(username), now), addresses.waitEnds(clientAddress, now));
        if (waitEnds.isAfter(now)) {
            return Optional.of(Duration.between(now, waitEnds));
        }
        usernames.add(keyOf(username), now);
        addresses.add(clientAddress, now);
        return Optional.empty();
    }

    /** The admitted attempt failed: the next wait runs from now. */
    public synchronized void failed(String username, String clientAddress) {
        Instant now = clock.instant();
        usernames.failedAt(keyOf(username), now);
        addresses.failedAt(clientAddress, now);
    }

    /** The admitted attempt succeeded: the username starts again; the address's count loses this attempt. */
    public synchronized void succeeded(String username, String clientAddress) {
        usernames.forget(keyOf(username));
        addresses.withdrawOne(clientAddress);
    }

    /**
     * Usernames are matched as sign-in matches them; one longer than any account's is cut short, so a
     * flood of long names cannot fill the memory (they all belong to no account anyway).
     */
    private static String keyOf(String username) {
        String normalised = username == null ? "" : StaffMember.normaliseUsername(username);
        return normalised.length() > StaffMember.USERNAME_LENGTH
                ? normalised.substring(0, StaffMember.USERNAME_LENGTH + 1)
                : normalised;
    }

    private static Instant later(Instant one, Instant other) {
        return one.isAfter(other) ? one : other;
    }

    /** The failures of each username, or of each address, with the least recently failed dropped first when full. */
    private final class FailureCounts {

        private final int threshold;
        private final Map<String, Failures> byKey = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
                return size() > MOST_REMEMBERED;
            }
        };

        FailureCounts(int threshold) {
            this.threshold = threshold;
        }

        /** When the key's wait ends: {@code now} or earlier when it need not wait. Forgets failures that have lapsed. */
        Instant waitEnds(String key, Instant now) {
            Failures failures = byKey.get(key);
            if (failures == null) {
                return now;
            }
            Instant ends = failures.last().plus(rules.delayAfter(failures.count(), threshold));
            if (now.isAfter(ends.plus(rules.longestDelay()))) {
                byKey.remove(key);
                return now;
            }
            return ends;
        }

        void add(String key, Instant now) {
            byKey.merge(key, new Failures(1, now), (earlier, one) -> new Failures(earlier.count() + 1, now));
        }

        void failedAt(String key, Instant now) {
            byKey.computeIfPresent(key, (k, failures) -> new Failures(failures.count(), now));
        }

        void withdrawOne(String key) {
            byKey.computeIfPresent(key, (k, failures) ->
                    failures.count() == 1 ? null : new Failures(failures.count() - 1, failures.last()));
        }

        void forget(String key) {
            byKey.remove(key);
        }
    }

    private record Failures(int count, Instant last) {
    }
}
