package uk.org.throughline.application.audit;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.LocalDate;
import uk.org.throughline.domain.model.audit.AuditAction;

/** Filters for searching the audit trail; any may be null. Dates are Europe/London calendar days. */
public record AuditQuery(String username, String recordType, String recordId, AuditAction action, LocalDate from,
        LocalDate to, @Min(0) int page, @Min(1) @Max(200) int pageSize) {
}
