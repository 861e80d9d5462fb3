package uk.org.throughline.application.caseload;

import java.time.LocalDate;

/** One offender manager's allocation of a person; {@code allocatedTo} is null while it runs. */
public record AllocationView(long id, String username, String displayName, LocalDate allocatedFrom,
        LocalDate allocatedTo, String allocatedBy) {
}
