package uk.org.throughline.interfaces.security;

import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/** Reads an HTTP Basic {@code Authorization} header (RFC 7617). */
final class BasicCredentials {

    private static final String SCHEME = "Basic ";

    private BasicCredentials() {
    }

    /**
     * The username and password in the header; empty when there is no header, it is another scheme,
     * or it is not base64 of {@code username:password}. The password may itself contain colons.
     */
    static Optional<UsernamePasswordCredential> parse(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(authorization.substring(SCHEME.length()).trim()),
                    StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon < 1) {
            return Optional.empty();
        }
        return Optional.of(new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1)));
    }
}
