package uk.org.throughline.interfaces.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * API callers send their password with every request (HTTP Basic). Checking it against the PBKDF2
 * hash costs far more than the request itself, so a successful check is remembered for a few minutes,
 * keyed by a SHA-256 digest of the credentials (the password itself is never kept). A disabled
 * account or a changed password therefore takes effect on the API within {@link #LIFETIME}; failed
 * checks are never remembered.
 */
@ApplicationScoped
public class VerifiedApiCredentials {

    static final Duration LIFETIME = Duration.ofMinutes(5);
    /** Far more than the staff of one force; a full cache is simply emptied. */
    private static final int MOST_REMEMBERED = 10_000;

    private final Map<String, Verified> verified = new ConcurrentHashMap<>();
    private final Clock clock;

    public VerifiedApiCredentials() {
        this(Clock.systemUTC());
    }

    VerifiedApiCredentials(Clock clock) {
        this.clock = clock;
    }

    public Optional<CredentialValidationResult> recall(UsernamePasswordCredential credential) {
        String key = digest(credential);
        Verified entry = verified.get(key);
        if (entry == null) {
            return Optional.empty();
        }
        if (entry.expires().isBefore(clock.instant())) {
            verified.remove(key, entry);
            return Optional.empty();
        }
        return Optional.of(entry.result());
    }

    public void remember(UsernamePasswordCredential credential, CredentialValidationResult result) {
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return;
        }
        if (verified.size() >= MOST_REMEMBERED) {
            verified.clear();
        }
        verified.put(digest(credential), new Verified(result, clock.instant().plus(LIFETIME)));
    }

    private static String digest(UsernamePasswordCredential credential) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(credential.getCaller().getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) 0);
            sha256.update(credential.getPasswordAsString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private record Verified(CredentialValidationResult result, Instant expires) {
    }
}
