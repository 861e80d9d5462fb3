package uk.org.throughline.interfaces.alert.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import uk.org.throughline.application.alert.AlertInbox;
import uk.org.throughline.application.alert.AlertView;
import uk.org.throughline.application.alert.InboxView;
import uk.org.throughline.application.victim.ReassessmentDueView;
import uk.org.throughline.application.victim.VictimPermissions;
import uk.org.throughline.application.victim.VictimService;
import uk.org.throughline.domain.shared.UkDate;
import uk.org.throughline.interfaces.security.web.SignedInRoles;

/**
 * The signed-in user's inbox: open tasks, soonest due first, then alerts, unread first, and for a
 * partner-contact worker the DASH reassessments due on her caseload. Marking one read or done reloads
 * the page, so the unread count in the navigation follows.
 */
@Named
@ViewScoped
public class Inbox implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 100;

    @Inject
    AlertInbox inbox;

    @Inject
    VictimService victims;

    private List<AlertView> tasks = List.of();
    private List<AlertView> alerts = List.of();
    private List<ReassessmentDueView> reassessmentsDue = List.of();
    private boolean partnerContactWorker;

    /** One read of the inbox, audited as one. */
    public void load() {
        InboxView read = inbox.read(SHOWN);
        tasks = read.openTasks();
        alerts = read.alerts();
        partnerContactWorker = SignedInRoles.may(VictimPermissions.PARTNER_CONTACT_WORK);
        if (partnerContactWorker) {
            reassessmentsDue = victims.myReassessmentsDue();
        }
    }

    public String markRead(long alertId) {
        inbox.markRead(alertId);
        return "/alert/inbox?faces-redirect=true";
    }

    public String markDone(long alertId) {
        inbox.markDone(alertId);
        return "/alert/inbox?faces-redirect=true";
    }

    /** Where the alert's link goes: her victim record for her worker, otherwise the person's page. */
    public String outcome(AlertView alert) {
        if ("VictimRecord".equals(alert.recordType())) {
            return "/victim/view";
        }
        return alert.personId() == null ? null : "/person/view";
    }

    public String parameter(AlertView alert) {
        return "VictimRecord".equals(alert.recordType()) ? "person" : "id";
    }

    public List<AlertView> getTasks() {
        return tasks;
    }

    public List<AlertView> getAlerts() {
        return alerts;
    }

    /** E.g. "08/10/2026", or "None since the case opened on 09/10/2026". */
    public String lastAssessed(ReassessmentDueView due) {
        return due.lastAssessedOn() != null ? UkDate.format(due.lastAssessedOn())
                : "None since the case opened on " + UkDate.format(due.caseOpenedOn());
    }

    /** "Due today", "1 day" or "7 days". */
    public String overdue(ReassessmentDueView due) {
        long days = due.daysOverdue();
        return days == 0 ? "Due today" : days + (days == 1 ? " day" : " days");
    }

    public List<ReassessmentDueView> getReassessmentsDue() {
        return reassessmentsDue;
    }

    public boolean isPartnerContactWorker() {
        return partnerContactWorker;
    }
}
