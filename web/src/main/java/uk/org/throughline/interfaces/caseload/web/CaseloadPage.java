package uk.org.throughline.interfaces.caseload.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import uk.org.throughline.application.caseload.CaseloadAccess;
import uk.org.throughline.application.caseload.CaseloadEntry;
import uk.org.throughline.application.caseload.CaseloadPermissions;
import uk.org.throughline.application.staff.StaffView;
import uk.org.throughline.interfaces.security.web.SignedInRoles;

/**
 * The people on a worker's caseload: one's own, or for a manager a member of their teams' (picked from a list).
 */
@Named
@ViewScoped
public class CaseloadPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CaseloadAccess caseload;

    private String worker;
    private List<StaffView> workers = List.of();
    private List<CaseloadEntry> people = List.of();

    public void load() {
        if (isManager()) {
            workers = caseload.teamMembers();
        } else {
            people = caseload.caseloadOf(FacesContext.getCurrentInstance().getExternalContext().getRemoteUser());
        }
    }

    public void show() {
        people = worker == null ? List.of() : caseload.caseloadOf(worker);
    }

    /** A manager picks whose caseload to read. */
    public boolean isManager() {
        return SignedInRoles.may(CaseloadPermissions.REPORT);
    }

    public List<StaffView> getWorkers() {
        return workers;
    }

    public List<CaseloadEntry> getPeople() {
        return people;
    }

    public String getWorker() {
        return worker;
    }

    public void setWorker(String worker) {
        this.worker = worker;
    }
}
