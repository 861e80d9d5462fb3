package uk.org.throughline.interfaces.police.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import uk.org.throughline.application.police.PolicePermissions;
import uk.org.throughline.domain.shared.NotPermittedException;
import uk.org.throughline.interfaces.security.web.SignedInRoles;

/**
 * Who may record on the police pages: police and administrators. Everyone else who may read a
 * police record sees it without the record actions, and a record page refuses them (403).
 */
@Named
@RequestScoped
public class PoliceRecording {

    /** {@code #{policeRecording.allowed}}: whether to show the record actions. */
    public boolean isAllowed() {
        return SignedInRoles.may(PolicePermissions.RECORD);
    }

    /** For the record pages' f:viewAction, before anything is read. */
    public void require() {
        if (!isAllowed()) {
            throw new NotPermittedException("Only police and administrators may record this");
        }
    }
}
