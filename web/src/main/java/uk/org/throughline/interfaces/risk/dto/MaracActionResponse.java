package uk.org.throughline.interfaces.risk.dto;

import java.time.LocalDate;
import uk.org.throughline.domain.model.risk.Agency;

/** An action a MARAC gave one agency; {@code version} goes back with its completion. */
public record MaracActionResponse(long id, long version, long referralId, Agency agency, String action,
        LocalDate dueOn, LocalDate completedOn, String completedBy, boolean overdue) {
}
