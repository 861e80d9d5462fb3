package uk.org.throughline.application.audit;

import java.time.Instant;
import uk.org.throughline.domain.model.audit.AuditAction;

/** One row of the audit trail as shown to an administrator or manager; {@code occurredAt} reads as UTC in the API. */
public record AuditEntryView(long id, Instant occurredAt, String username, AuditAction action, String recordType,
        String recordId, String summary, String reason) {
}
