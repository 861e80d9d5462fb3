package uk.org.throughline.interfaces.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import uk.org.throughline.application.staff.StaffDirectory;
import uk.org.throughline.application.staff.StaffView;

/**
 * Checks a username and password against the staff directory, which also audits the attempt with
 * the client's address. The caller's groups are their role names and the permissions those roles
 * hold ({@link AccessPolicy}).
 */
@ApplicationScoped
public class ThroughlineIdentityStore implements IdentityStore {

    @Inject
    StaffDirectory staffDirectory;

    @Inject
    HttpServletRequest request;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        return resultOf(staffDirectory.authenticate(login.getCaller(), login.getPassword().getValue(),
                request.getRemoteAddr()));
    }

    /**
     * The member of staff signed in earlier, as the directory has them now: their present roles, or
     * INVALID once the account is disabled. No password is checked and nothing is audited.
     */
    public CredentialValidationResult current(String username) {
        return resultOf(staffDirectory.find(username));
    }

    private static CredentialValidationResult resultOf(Optional<StaffView> staff) {
        return staff.map(member -> new CredentialValidationResult(
                        new StaffPrincipal(member.username(), member.displayName()),
                        AccessPolicy.securityRolesOf(member.roles())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
