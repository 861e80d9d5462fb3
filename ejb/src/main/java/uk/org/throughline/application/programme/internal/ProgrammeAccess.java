package uk.org.throughline.application.programme.internal;

import jakarta.ejb.SessionContext;
import java.util.Collection;
import java.util.List;
import uk.org.throughline.application.programme.ProgrammePermissions;
import uk.org.throughline.domain.model.programme.Cohort;
import uk.org.throughline.domain.model.programme.ProgrammeReferral;
import uk.org.throughline.domain.shared.NotPermittedException;

/**
 * Who may work with a cohort beyond their role: its people are read only by those who may read every
 * one of them (its facilitators have them all on their caseload), and its sessions and registers are
 * changed only by its own facilitators, or a manager or administrator.
 */
final class ProgrammeAccess {

    private ProgrammeAccess() {
    }

    /** The people the referrals are for, to check in one query that they may all be read. */
    static List<Long> peopleOf(Collection<ProgrammeReferral> referrals) {
        return referrals.stream().map(ProgrammeReferral::personId).distinct().toList();
    }

    /**
     * @param what what the caller was doing, e.g. "save its registers"
     * @throws NotPermittedException unless the caller runs the cohort or manages
     */
    static void requireRuns(SessionContext caller, Cohort cohort, String what) {
        if (!caller.isCallerInRole(ProgrammePermissions.MANAGE)
                && !cohort.facilitators().contains(caller.getCallerPrincipal().getName())) {
            throw new NotPermittedException("You do not run \"" + cohort.name() + "\": only its facilitators or a "
                    + "manager can " + what + ".");
        }
    }
}
