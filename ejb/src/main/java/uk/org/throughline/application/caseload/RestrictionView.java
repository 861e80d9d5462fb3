package uk.org.throughline.application.caseload;

import java.time.Instant;
import uk.org.throughline.domain.model.caseload.RestrictionKind;

/** A restriction in force on a person's record. */
public record RestrictionView(long id, long version, long personId, RestrictionKind kind, String username,
        String reason, String recordedBy, Instant recordedAt) {
}
