package uk.org.throughline.interfaces.caseload.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import uk.org.throughline.application.caseload.CaseloadAccess;
import uk.org.throughline.application.caseload.CaseloadForms.ReasonForm;
import uk.org.throughline.application.caseload.PersonAccessView;
import uk.org.throughline.domain.model.caseload.PersonAccess;
import uk.org.throughline.interfaces.shared.web.Feedback;

/**
 * Where a worker lands when a record is not on their caseload: whose it is (name and year of birth), and a
 * box for the reason they need it; or, for a restricted record, only that it is restricted.
 */
@Named
@ViewScoped
public class PersonAccessPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CaseloadAccess caseload;

    @Inject
    Feedback feedback;

    private Long id;
    private PersonAccessView person;
    private String reason;

    /** The person page straight away when the record is open to the caller. */
    public String load() {
        person = caseload.describe(id);
        return person.access().mayRead() ? personPage() : null;
    }

    public String open() {
        ReasonForm form = new ReasonForm(reason);
        if (!feedback.valid(form)) {
            return null;
        }
        return feedback.attempt(() -> {
            caseload.openForReason(id, form);
            return personPage();
        }, Map.of(), () -> { }).orElse(null);
    }

    private String personPage() {
        return "/person/view?faces-redirect=true&id=" + id;
    }

    public boolean isRestricted() {
        return person != null && person.access() == PersonAccess.RESTRICTED;
    }

    public PersonAccessView getPerson() {
        return person;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
