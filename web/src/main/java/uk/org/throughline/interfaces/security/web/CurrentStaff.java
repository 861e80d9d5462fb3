package uk.org.throughline.interfaces.security.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.stream.Collectors;
import uk.org.throughline.application.audit.AuditPermissions;
import uk.org.throughline.application.audit.AuditTrail;
import uk.org.throughline.application.police.PolicePermissions;
import uk.org.throughline.application.programme.ProgrammePermissions;
import uk.org.throughline.application.staff.StaffPermissions;
import uk.org.throughline.domain.model.audit.AuditAction;
import uk.org.throughline.domain.model.staff.Role;
import uk.org.throughline.interfaces.security.SignedInCaller;

/** The member of staff signed in to the pages, as the page header shows them, and signing out. */
@Named
@RequestScoped
public class CurrentStaff {

    @Inject
    AuditTrail auditTrail;

    public boolean isSignedIn() {
        return caller() != null;
    }

    public String getDisplayName() {
        return caller().displayName();
    }

    /** Role labels in the enum's order, e.g. "Police, Administrator". */
    public String getRoles() {
        return Arrays.stream(Role.values())
                .filter(role -> caller().roles().contains(role.name()))
                .map(Role::label)
                .collect(Collectors.joining(", "));
    }

    public boolean isAdmin() {
        return SignedInRoles.may(StaffPermissions.ADMINISTER);
    }

    /** Administrators and managers may read the audit trail. */
    public boolean isAuditor() {
        return SignedInRoles.may(AuditPermissions.SEARCH);
    }

    /** Police, administrators and managers follow the police worklist. */
    public boolean isWorklistReader() {
        return SignedInRoles.may(PolicePermissions.READ_CUSTODY);
    }

    /** Programme facilitators and administrators follow the facilitator's sessions and registers. */
    public boolean isFacilitatorWorklistReader() {
        return SignedInRoles.may(ProgrammePermissions.FACILITATE);
    }

    /** Managers and administrators follow the programme figures: waiting lists, places and completions. */
    public boolean isProgrammeFiguresReader() {
        return SignedInRoles.may(ProgrammePermissions.MANAGE);
    }

    /** Probation officers and YOT workers follow their people on programmes. */
    public boolean isCaseWorker() {
        return SignedInRoles.may(ProgrammePermissions.CASE_WORKER);
    }

    /** Ends the session on the server, not just in this browser tab, and says so on the sign-in page. */
    public String signOut() throws ServletException {
        String username = caller().username();
        auditTrail.recordFor(username, AuditAction.LOGOUT, "Staff", username, "Signed out");
        ((HttpServletRequest) external().getRequest()).logout();
        external().invalidateSession();
        return "/login?faces-redirect=true&signedOut=true";
    }

    private SignedInCaller caller() {
        return SignedInCaller.in(((HttpServletRequest) external().getRequest()).getSession(false));
    }

    private static ExternalContext external() {
        return FacesContext.getCurrentInstance().getExternalContext();
    }
}
