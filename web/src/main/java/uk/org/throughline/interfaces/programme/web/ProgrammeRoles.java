package uk.org.throughline.interfaces.programme.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import uk.org.throughline.application.police.PolicePermissions;
import uk.org.throughline.application.programme.ProgrammePermissions;
import uk.org.throughline.domain.shared.NotPermittedException;
import uk.org.throughline.interfaces.security.web.SignedInRoles;

/**
 * What the signed-in user may do with programme referrals, the way the referral service's
 * {@code @RolesAllowed} lists it: the pages show only the actions the service would accept.
 */
@Named
@RequestScoped
public class ProgrammeRoles {

    /** Everyone but the police reads referrals, partner-contact workers included. */
    public boolean isReferralReader() {
        return SignedInRoles.may(ProgrammePermissions.READ_REFERRALS);
    }

    /** Probation, YOT and programme staff, managers and administrators refer, move referrals on and produce their documents. */
    public boolean isReferrer() {
        return SignedInRoles.may(ProgrammePermissions.WORK_WITH_REFERRALS);
    }

    /** The programme team ties a caution's referral to the catalogue and gives places in cohorts. */
    public boolean isProgrammeTeam() {
        return SignedInRoles.may(ProgrammePermissions.RUN_COHORTS);
    }

    /** Only a manager or administrator may refer someone the programme's criteria refuse (the service checks too). */
    public boolean isEligibilityOverrider() {
        return SignedInRoles.may(ProgrammePermissions.MANAGE);
    }

    /** Probation, YOT, managers and administrators read the caution or court case a referral came from. */
    public boolean isOrderReader() {
        return SignedInRoles.may(PolicePermissions.READ_OUTCOMES);
    }

    /** Probation officers and YOT workers take referrals on as case worker. */
    public boolean isCaseWorker() {
        return SignedInRoles.may(ProgrammePermissions.CASE_WORKER);
    }

    /** Managers and administrators assign a probation officer or YOT worker as a referral's case worker. */
    public boolean isCaseWorkerAssigner() {
        return SignedInRoles.may(ProgrammePermissions.MANAGE);
    }

    /** Case workers, managers and administrators resolve breach referrals and tasks. */
    public boolean isEnforcementResolver() {
        return SignedInRoles.may(ProgrammePermissions.CASE_WORK);
    }

    /** For a referral page's f:viewAction, before anything is read. */
    public void requireReferrer() {
        if (!isReferrer()) {
            throw new NotPermittedException("Only probation, youth offending and programme staff, managers and "
                    + "administrators make programme referrals");
        }
    }
}
