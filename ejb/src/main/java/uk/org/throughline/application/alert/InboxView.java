package uk.org.throughline.application.alert;

import java.util.List;

/**
 * The signed-in user's inbox read as one: tasks not yet done, soonest due first, and alerts, unread
 * first, then newest first.
 */
public record InboxView(List<AlertView> openTasks, List<AlertView> alerts) {

    public InboxView {
        openTasks = List.copyOf(openTasks);
        alerts = List.copyOf(alerts);
    }
}
