package uk.org.throughline.application.alert;

import java.time.Instant;
import java.time.LocalDate;
import uk.org.throughline.domain.model.alert.AlertKind;

/**
 * An alert or task in a user's inbox.
 *
 * @param to         the worker's username or the role queue, e.g. "the Partner contact queue"
 * @param personName whom it is about, null for none
 * @param recordType what {@code recordId} names, for a link
 */
public record AlertView(long id, long version, AlertKind kind, String to, Long personId, String personName,
        String recordType, Long recordId, String message, LocalDate dueOn, boolean overdue, Instant raisedAt,
        Instant readAt, String readBy, Instant doneAt, String doneBy) {

    public boolean isRead() {
        return readAt != null;
    }
}
