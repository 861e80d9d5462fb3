package uk.org.throughline.application.alert;

import java.util.List;

/**
 * The signed-in user's alerts and tasks: those addressed to them by name and to their roles' queues.
 * Alerts are about people, so each read is audited as a consultation: one audit row per read naming
 * the alerts read (more only when their ids do not fit in one), one for each marking read or done.
 * Marking read or done is one transaction each; the unread count is not a read of any alert.
 */
public interface AlertInbox {

    /** Unread first, then newest first; at most {@code limit}. */
    List<AlertView> mine(int limit);

    /** Tasks not yet done, soonest due first. */
    List<AlertView> openTasks();

    /** The open tasks and at most {@code limit} alerts, as {@link #openTasks()} and {@link #mine(int)}, in one read. */
    InboxView read(int limit);

    long unreadCount();

    AlertView markRead(long alertId);

    /** @throws uk.org.throughline.domain.shared.BusinessException for an alert that is not a task, or one done */
    AlertView markDone(long alertId);
}
