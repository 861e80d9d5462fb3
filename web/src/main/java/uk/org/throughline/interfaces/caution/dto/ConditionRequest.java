package uk.org.throughline.interfaces.caution.dto;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.org.throughline.domain.model.caution.ConditionType;
import uk.org.throughline.interfaces.shared.rest.SharedWithOffenderManagers;

/**
 * One condition: a rehabilitative one names its programme, a restrictive one (no contact, stay
 * away) has its dates, a financial penalty its amount, unpaid work or attendance at a specified place its
 * hours (20 in all at most).
 */
public record ConditionRequest(
        @Schema(required = true) ConditionType type,
        @Schema(required = true, example = "Attend and complete both Project PIPA workshops") String description,
        @Schema(description = SharedWithOffenderManagers.DESCRIPTION, defaultValue = "false") Boolean wordingShareable,
        @Schema(description = "Rehabilitative: the programme to attend", example = "Project PIPA") String programmeName,
        @Schema(description = "Restrictive: first day", example = "2026-03-20") LocalDate startsOn,
        @Schema(description = "Restrictive: last day", example = "2026-07-10") LocalDate endsOn,
        @Schema(description = "Financial penalty in pounds", example = "50.00") BigDecimal amount,
        @Schema(description = "Unpaid work or attendance: hours, 20 in all at most", example = "6") Integer hours) {
}
