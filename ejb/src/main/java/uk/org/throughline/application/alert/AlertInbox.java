package uk.org.throughline.application.alert;

import java.util.List;

/**
 * The signed-in user's alerts and tasks: those addressed to them by name and to their roles' queues.
 * Marking read or done is one transaction each; reading the inbox is not audited (it is about the
 * user's own work, and each alert links to a record whose reading is).
 */
public interface AlertInbox {

    /** Unread first, then newest first; at most {@code limit}. */
    List<AlertView> mine(int limit);

    /** Tasks not yet done, soonest due first. */
    List<AlertView> openTasks();

    long unreadCount();

    AlertView markRead(long alertId);

    /** @throws uk.org.throughline.domain.shared.BusinessException for an alert that is not a task, or one done */
    AlertView markDone(long alertId);
}
