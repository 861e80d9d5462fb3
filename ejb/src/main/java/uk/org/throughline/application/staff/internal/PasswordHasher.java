package uk.org.throughline.application.staff.internal;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * Hashes and checks staff passwords with Jakarta Security's PBKDF2, configured once here. Each
 * stored hash names its own algorithm and iteration count, so these settings can be raised later
 * without breaking existing passwords.
 */
@ApplicationScoped
public class PasswordHasher {

    /**
     * HMAC-SHA512 with 210,000 iterations, OWASP's 2023 recommendation for PBKDF2-SHA512 (SHA256
     * would need 600,000 for the same strength). One hash costs roughly 0.2-0.3 s of one core: fine
     * once per sign-in and for the seven demo accounts at start-up, far too slow to run on every
     * request, so the web layer must keep the signed-in session rather than re-check the password.
     */
    private static final Map<String, String> PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "64");

    @Inject
    private Pbkdf2PasswordHash pbkdf2;

    /** A hash of a password nobody has, checked for unknown usernames so they take as long as known ones. */
    private String decoyHash;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(PARAMETERS);
    }

    public String hash(char[] password) {
        return pbkdf2.generate(password);
    }

    public boolean matches(char[] password, String storedHash) {
        return pbkdf2.verify(password, storedHash);
    }

    /**
     * Spends the time of a real check and fails, so that how long a refused sign-in takes does not
     * tell an attacker whether the username exists.
     */
    public boolean matchesNothing(char[] password) {
        pbkdf2.verify(password, decoyHash());
        return false;
    }

    private synchronized String decoyHash() {
        if (decoyHash == null) {
            decoyHash = pbkdf2.generate("not-a-password-anyone-has".toCharArray());
        }
        return decoyHash;
    }
}
