package uk.org.throughline.interfaces.caution.dto;

import java.math.BigDecimal;
import java.time.LocalDate;
import uk.org.throughline.domain.model.caution.ComplianceStatus;
import uk.org.throughline.domain.model.caution.ConditionType;

/** A condition of the caution and where its compliance stands; its {@code id} names it in a status change. */
public record ConditionResponse(
        long id,
        ConditionType type,
        String description,
        String programmeName,
        LocalDate startsOn,
        LocalDate endsOn,
        BigDecimal amount,
        ComplianceStatus status,
        LocalDate statusChangedOn,
        String statusNote) {
}
