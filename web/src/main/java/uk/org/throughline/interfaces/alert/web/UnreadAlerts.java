package uk.org.throughline.interfaces.alert.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import uk.org.throughline.application.alert.AlertInbox;

/** The unread count the navigation shows beside "Inbox", read once per page. */
@Named
@RequestScoped
public class UnreadAlerts {

    @Inject
    AlertInbox inbox;

    private Long count;

    public long getCount() {
        if (count == null) {
            count = inbox.unreadCount();
        }
        return count;
    }
}
