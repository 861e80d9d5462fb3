package uk.org.throughline.interfaces.incident.dto;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.org.throughline.application.police.ArrestView.BailConditionView;
import uk.org.throughline.domain.model.incident.CustodyResult;

/** An arrest as read; {@code custodyResult} is absent while the suspect is in custody. */
public record ArrestResponse(
        long id,
        long version,
        long incidentId,
        String policeReference,
        long personId,
        String personName,
        String custodyRecordNumber,
        @Schema(description = "London time, with its offset") OffsetDateTime arrestedAt,
        String station,
        CustodyResult custodyResult,
        LocalDate resultOn,
        List<BailConditionView> bailConditions) {
}
