package uk.org.throughline.interfaces.risk.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import uk.org.throughline.application.risk.RiskPermissions;
import uk.org.throughline.interfaces.security.web.SignedInRoles;

/** What the signed-in user may do with a victim's risk, as the risk services' {@code @RolesAllowed} say. */
@Named
@RequestScoped
public class RiskRoles {

    /** Reads assessments, history and MARAC referrals, records DASH and refers: the victim-facing roles. */
    public boolean isVictimFacing() {
        return SignedInRoles.may(RiskPermissions.ASSESS);
    }

    /** Runs MARAC meetings and actions and keeps safety plans. */
    public boolean isCoordinator() {
        return SignedInRoles.may(RiskPermissions.COORDINATE);
    }
}
