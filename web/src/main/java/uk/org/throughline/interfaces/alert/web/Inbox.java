package uk.org.throughline.interfaces.alert.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import uk.org.throughline.application.alert.AlertInbox;
import uk.org.throughline.application.alert.AlertView;
import uk.org.throughline.application.alert.InboxView;

/**
 * The signed-in user's inbox: open tasks, soonest due first, then alerts, unread first. Marking one
 * read or done reloads the page, so the unread count in the navigation follows.
 */
@Named
@ViewScoped
public class Inbox implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 100;

    @Inject
    AlertInbox inbox;

    private List<AlertView> tasks = List.of();
    private List<AlertView> alerts = List.of();

    /** One read of the inbox, audited as one. */
    public void load() {
        InboxView read = inbox.read(SHOWN);
        tasks = read.openTasks();
        alerts = read.alerts();
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
}
