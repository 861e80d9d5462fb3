package uk.org.throughline.application.victim.internal;

import jakarta.ejb.SessionContext;
import uk.org.throughline.application.victim.VictimPermissions;

/**
 * Who may learn where a victim is. Perpetrator-facing roles (probation, YOT, programme facilitators)
 * never do: her person record's addresses and town are hidden from them and they may not edit it.
 * Police record addresses in the person index themselves; her safe contact details and confidential
 * address are in the victim record, which only the victim-facing roles read.
 */
public final class VictimAccess {

    private VictimAccess() {
    }

    /** The caller has only perpetrator-facing roles. */
    public static boolean isPerpetratorFacing(SessionContext caller) {
        return !caller.isCallerInRole(VictimPermissions.VICTIM_FACING);
    }
}
