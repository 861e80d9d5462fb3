package uk.org.throughline.interfaces.person.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import uk.org.throughline.application.victim.VictimPermissions;
import uk.org.throughline.domain.shared.PoliceText;
import uk.org.throughline.interfaces.security.web.SignedInRoles;

/**
 * A warning marker's notes on the person form. Staff who work with victims mark whether offender
 * managers may read them; notes a probation officer, YOT worker or facilitator types are their own,
 * so shared. Notes withheld from them show as held and are kept as police wrote them.
 */
@Named
@RequestScoped
public class MarkerNotes {

    /** {@code #{markerNotes.markedByUser}}: whether to offer the "may be shared" checkbox. */
    public boolean isMarkedByUser() {
        return SignedInRoles.may(VictimPermissions.VICTIM_FACING);
    }

    /** Notes the user may not read: shown, not edited, and saved back unchanged. */
    public boolean held(String notes) {
        return PoliceText.HELD_BY_POLICE.equals(notes);
    }
}
