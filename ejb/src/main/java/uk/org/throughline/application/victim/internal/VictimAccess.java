package uk.org.throughline.application.victim.internal;

import jakarta.ejb.SessionContext;
import uk.org.throughline.application.victim.VictimPermissions;
import uk.org.throughline.domain.shared.PoliceText;

/**
 * Who may learn where a victim is. Perpetrator-facing roles (probation, YOT, programme facilitators)
 * never do: her person record's addresses and town are hidden from them and they may not edit it.
 * Police record addresses in the person index themselves; her safe contact details and confidential
 * address are in the victim record, which only the victim-facing roles read. Nor do they read police
 * free text about her unless police marked it shareable ({@link PoliceText}).
 */
public final class VictimAccess {

    private VictimAccess() {
    }

    /** The caller has only perpetrator-facing roles. */
    public static boolean isPerpetratorFacing(SessionContext caller) {
        return !caller.isCallerInRole(VictimPermissions.VICTIM_FACING);
    }

    /** How the caller reads police free text: perpetrator-facing roles only what police marked shareable. */
    public static PoliceText.Reader textReader(SessionContext caller) {
        return isPerpetratorFacing(caller) ? PoliceText.Reader.PERPETRATOR_FACING : PoliceText.Reader.VICTIM_FACING;
    }
}
