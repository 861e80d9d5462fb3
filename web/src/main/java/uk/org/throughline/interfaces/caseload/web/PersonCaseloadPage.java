package uk.org.throughline.interfaces.caseload.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import uk.org.throughline.application.caseload.AllocationView;
import uk.org.throughline.application.caseload.CaseloadAccess;
import uk.org.throughline.application.caseload.CaseloadForms.AllocationForm;
import uk.org.throughline.application.caseload.CaseloadForms.RestrictionForm;
import uk.org.throughline.application.caseload.CaseloadPermissions;
import uk.org.throughline.application.caseload.PersonAccessView;
import uk.org.throughline.application.caseload.RestrictionView;
import uk.org.throughline.application.staff.StaffView;
import uk.org.throughline.domain.model.caseload.RestrictionKind;
import uk.org.throughline.interfaces.security.web.SignedInRoles;
import uk.org.throughline.interfaces.shared.web.DateDisplay;
import uk.org.throughline.interfaces.shared.web.Feedback;

/**
 * Who works with a person: their offender managers over time (a manager allocates a new one), and for an
 * administrator the staff the record is restricted to or closed to.
 */
@Named
@ViewScoped
public class PersonCaseloadPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CaseloadAccess caseload;

    @Inject
    Feedback feedback;

    @Inject
    DateDisplay dates;

    private Long id;
    private PersonAccessView person;
    private List<AllocationView> allocations = List.of();
    private List<RestrictionView> restrictions = List.of();
    private List<StaffView> offenderManagers = List.of();
    private String offenderManager;
    private LocalDate allocatedFrom;
    private RestrictionKind kind;
    private String username;
    private String reason;

    public void load() {
        person = caseload.describe(id);
        allocations = caseload.allocations(id);
        if (isAllocator()) {
            offenderManagers = caseload.offenderManagers();
            allocatedFrom = dates.today();
        }
        if (isRestrictionKeeper()) {
            restrictions = caseload.restrictions(id);
        }
    }

    public String allocate() {
        AllocationForm form = new AllocationForm(offenderManager, allocatedFrom);
        if (!feedback.valid(form)) {
            return null;
        }
        return feedback.attempt(() -> caseload.allocate(id, form), Map.of(), () -> { })
                .map(done -> thisPage()).orElse(null);
    }

    public String restrict() {
        RestrictionForm form = new RestrictionForm(kind, username, reason);
        if (!feedback.valid(form)) {
            return null;
        }
        return feedback.attempt(() -> caseload.restrict(id, form), Map.of(), () -> { })
                .map(done -> thisPage()).orElse(null);
    }

    public String lift(RestrictionView restriction) {
        return feedback.attempt(() -> {
            caseload.liftRestriction(restriction.id(), restriction.version());
            return thisPage();
        }, Map.of(), this::load).orElse(null);
    }

    private String thisPage() {
        return "/person/caseload?faces-redirect=true&id=" + id;
    }

    public boolean isAllocator() {
        return SignedInRoles.may(CaseloadPermissions.ALLOCATE);
    }

    public boolean isRestrictionKeeper() {
        return SignedInRoles.may(CaseloadPermissions.RESTRICT);
    }

    public RestrictionKind[] getKinds() {
        return RestrictionKind.values();
    }

    public PersonAccessView getPerson() {
        return person;
    }

    public List<AllocationView> getAllocations() {
        return allocations;
    }

    public List<RestrictionView> getRestrictions() {
        return restrictions;
    }

    public List<StaffView> getOffenderManagers() {
        return offenderManagers;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getOffenderManager() {
        return offenderManager;
    }

    public void setOffenderManager(String offenderManager) {
        this.offenderManager = offenderManager;
    }

    public LocalDate getAllocatedFrom() {
        return allocatedFrom;
    }

    public void setAllocatedFrom(LocalDate allocatedFrom) {
        this.allocatedFrom = allocatedFrom;
    }

    public RestrictionKind getKind() {
        return kind;
    }

    public void setKind(RestrictionKind kind) {
        this.kind = kind;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
