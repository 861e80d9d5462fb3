package uk.org.throughline.application.police;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import uk.org.throughline.domain.model.incident.CustodyResult;

/** An arrest as read; {@code custodyResult} is null while the suspect is in custody. */
public record ArrestView(long id, long version, long incidentId, String policeReference, long personId,
        String personName, String custodyRecordNumber, Instant arrestedAt, String station,
        CustodyResult custodyResult, LocalDate resultOn, List<BailConditionView> bailConditions) {

    public ArrestView {
        bailConditions = List.copyOf(bailConditions);
    }

    public record BailConditionView(long id, String text, LocalDate imposedOn, LocalDate expiresOn, LocalDate liftedOn,
            boolean inForce) {
    }
}
