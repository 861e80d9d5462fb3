package uk.org.throughline.interfaces.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import uk.org.throughline.application.staff.StaffDirectory;

/**
 * Checks a username and password against the staff directory, which also audits the attempt. The
 * caller's groups are their role names and the permissions those roles hold ({@link AccessPolicy}).
 */
@ApplicationScoped
public class ThroughlineIdentityStore implements IdentityStore {

    @Inject
    StaffDirectory staffDirectory;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        return staffDirectory.authenticate(login.getCaller(), login.getPassword().getValue())
                .map(staff -> new CredentialValidationResult(
                        new StaffPrincipal(staff.username(), staff.displayName()),
                        AccessPolicy.securityRolesOf(staff.roles())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
