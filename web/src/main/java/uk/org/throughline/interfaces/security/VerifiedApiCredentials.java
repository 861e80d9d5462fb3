package uk.org.throughline.interfaces.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
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
 * Checks the credentials an API caller sends with every request (HTTP Basic). Checking a password
 * against its PBKDF2 hash costs far more than the request itself, so a successful check is
 * remembered, keyed by a SHA-256 digest of the credentials (the password itself is never kept), for
 * {@link #LIFETIME} from that check however often it is used. Only the password check is remembered:
 * whether the account is still active, and its roles, are read afresh on every request, so disabling
 * an account or changing its roles applies to the very next request. A changed password takes up to
 * {@link #LIFETIME} to apply; failed checks are never remembered.
 */
@ApplicationScoped
public class VerifiedApiCredentials {

    static final Duration LIFETIME = Duration.ofMinutes(5);
    /** Far more than the staff of one force; a full cache is simply emptied. */
    private static final int MOST_REMEMBERED = 10_000;

    private final Map<String, Verified> verified = new ConcurrentHashMap<>();
    private final Clock clock;
    private final IdentityStoreHandler passwordCheck;
    private final ThroughlineIdentityStore accounts;

    /** For the container's proxy only. */
    protected VerifiedApiCredentials() {
        this(null, null, null);
    }

    @Inject
    public VerifiedApiCredentials(Clock clock, IdentityStoreHandler passwordCheck, ThroughlineIdentityStore accounts) {
        this.clock = clock;
        this.passwordCheck = passwordCheck;
        this.accounts = accounts;
    }

    /** The caller these credentials sign in, with the account as it is now; not VALID when they sign in no one. */
    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        Optional<String> username = recall(credential);
        if (username.isPresent()) {
            return accounts.current(username.get());
        }
        CredentialValidationResult checked = passwordCheck.validate(credential);
        if (checked.getStatus() == CredentialValidationResult.Status.VALID) {
            remember(credential, checked.getCallerPrincipal().getName());
        }
        return checked;
    }

    private Optional<String> recall(UsernamePasswordCredential credential) {
        String key = digest(credential);
        Verified entry = verified.get(key);
        if (entry == null) {
            return Optional.empty();
        }
        if (!clock.instant().isBefore(entry.expires())) {
            verified.remove(key, entry);
            return Optional.empty();
        }
        return Optional.of(entry.username());
    }

    private void remember(UsernamePasswordCredential credential, String username) {
        if (verified.size() >= MOST_REMEMBERED) {
            verified.clear();
        }
        verified.put(digest(credential), new Verified(username, clock.instant().plus(LIFETIME)));
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

    private record Verified(String username, Instant expires) {
    }
}
