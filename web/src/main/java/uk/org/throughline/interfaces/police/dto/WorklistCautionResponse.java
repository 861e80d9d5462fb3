package uk.org.throughline.interfaces.police.dto;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.org.throughline.domain.model.caution.ComplianceStatus;

/** A caution on the worklist; {@code note} says why it is there. */
public record WorklistCautionResponse(
        long cautionId,
        long personId,
        String personName,
        String policeReference,
        String offenceDescription,
        LocalDate complianceDeadline,
        ComplianceStatus status,
        LocalDate chargeBy,
        @Schema(example = "Failed on 17/04/2026: decide whether to prosecute") String note) {
}
