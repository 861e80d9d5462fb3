package uk.org.throughline.interfaces.security;

import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Set;

/**
 * Who signed in to the pages, kept in their HTTP session so that each later request can be
 * re-established without asking for the password again.
 *
 * @param roles the role names, as the container's security roles
 */
public record SignedInCaller(String username, String displayName, Set<String> roles) implements Serializable {

    private static final String SESSION_ATTRIBUTE = SignedInCaller.class.getName();

    public SignedInCaller {
        roles = Set.copyOf(roles);
    }

    static SignedInCaller of(CredentialValidationResult result) {
        String username = result.getCallerPrincipal().getName();
        String displayName = result.getCallerPrincipal() instanceof StaffPrincipal staff
                ? staff.displayName()
                : username;
        return new SignedInCaller(username, displayName, result.getCallerGroups());
    }

    /** The caller signed in to this session, or null when there is none (or no session). */
    public static SignedInCaller in(HttpSession session) {
        return session == null ? null : (SignedInCaller) session.getAttribute(SESSION_ATTRIBUTE);
    }

    void keepIn(HttpSession session) {
        session.setAttribute(SESSION_ATTRIBUTE, this);
    }
}
