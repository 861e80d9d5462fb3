package uk.org.throughline.interfaces.audit.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import uk.org.throughline.application.audit.AuditEntryView;
import uk.org.throughline.application.audit.AuditQuery;
import uk.org.throughline.application.audit.AuditTrail;
import uk.org.throughline.application.shared.SearchPage;
import uk.org.throughline.domain.model.audit.AuditAction;
import uk.org.throughline.interfaces.shared.web.Feedback;

/**
 * The audit trail page for administrators and managers, newest first. The filters are in the
 * address, so a filtered view can be bookmarked or sent to a colleague.
 */
@Named
@ViewScoped
public class AuditSearch implements Serializable {

    private static final long serialVersionUID = 1L;

    static final int PAGE_SIZE = 50;

    @Inject
    AuditTrail auditTrail;

    @Inject
    Feedback feedback;

    private String username;
    private String recordType;
    private String recordId;
    private AuditAction action;
    private LocalDate from;
    private LocalDate to;
    private int page;
    private SearchPage<AuditEntryView> results;

    public void search() {
        AuditQuery query = new AuditQuery(username, recordType, recordId, action, from, to, page, PAGE_SIZE);
        if (feedback.valid(query)) {
            results = auditTrail.search(query);
        }
    }

    /** The Filter button: new filters start on their first page. */
    public String filter() {
        page = 0;
        return "/audit?faces-redirect=true&includeViewParams=true";
    }

    public AuditAction[] getActions() {
        return AuditAction.values();
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getRecordType() {
        return recordType;
    }

    public void setRecordType(String recordType) {
        this.recordType = recordType;
    }

    public String getRecordId() {
        return recordId;
    }

    public void setRecordId(String recordId) {
        this.recordId = recordId;
    }

    public AuditAction getAction() {
        return action;
    }

    public void setAction(AuditAction action) {
        this.action = action;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }

    /** Null only when the filters were not valid. */
    public SearchPage<AuditEntryView> getResults() {
        return results;
    }
}
