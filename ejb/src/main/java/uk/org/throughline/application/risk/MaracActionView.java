package uk.org.throughline.application.risk;

import java.time.LocalDate;
import uk.org.throughline.domain.model.risk.Agency;

/** An action a MARAC gave one agency; {@code overdue} when not done and past its due day. */
public record MaracActionView(long id, long version, long referralId, Agency agency, String action, LocalDate dueOn,
        LocalDate completedOn, String completedBy, boolean overdue) {
}
