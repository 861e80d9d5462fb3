package uk.org.throughline.interfaces.caseload.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import uk.org.throughline.application.caseload.CaseloadPermissions;
import uk.org.throughline.application.victim.VictimPermissions;
import uk.org.throughline.interfaces.security.web.SignedInRoles;

/** What the signed-in member of staff may do with caseloads, for the navigation. */
@Named
@RequestScoped
public class CaseloadRoles {

    /**
     * Probation officers, YOT workers, facilitators and partner-contact workers have a caseload; managers and
     * administrators read their teams'.
     */
    public boolean isCaseloadReader() {
        return SignedInRoles.may(CaseloadPermissions.OPEN_FOR_REASON) || SignedInRoles.may(CaseloadPermissions.REPORT)
                || SignedInRoles.may(VictimPermissions.PARTNER_CONTACT_WORK);
    }

    /** Managers and administrators read the report of records opened outside caseloads. */
    public boolean isReportReader() {
        return SignedInRoles.may(CaseloadPermissions.REPORT);
    }
}
