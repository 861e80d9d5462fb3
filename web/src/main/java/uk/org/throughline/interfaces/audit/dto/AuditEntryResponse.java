package uk.org.throughline.interfaces.audit.dto;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.org.throughline.domain.model.audit.AuditAction;

/** Who read or changed what, when (UTC, ISO 8601) and why. */
public record AuditEntryResponse(
        long id,
        @Schema(example = "2026-11-23T10:15:30Z") Instant occurredAt,
        String username,
        AuditAction action,
        @Schema(example = "Person") String recordType,
        @Schema(example = "42") String recordId,
        String summary,
        String reason) {
}
