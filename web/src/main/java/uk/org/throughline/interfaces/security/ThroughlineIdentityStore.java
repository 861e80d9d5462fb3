package uk.org.throughline.interfaces.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.stream.Collectors;
import uk.org.throughline.application.staff.StaffDirectory;
import uk.org.throughline.domain.model.staff.Role;

/**
 * Checks a username and password against the staff directory, which also audits the attempt. The
 * caller's groups are their role names, which are the application's security roles.
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
                        staff.roles().stream().map(Role::name).collect(Collectors.toSet())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
