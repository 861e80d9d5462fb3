package uk.org.throughline.interfaces.risk.dto;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import uk.org.throughline.domain.model.risk.SafetyPlanStatus;

/** A victim's safety plan, soonest due first; each item's {@code version} goes back with its change. */
public record SafetyPlanResponse(long personId, String personName, List<Item> items) {

    public record Item(long id, long version, String action, String owner, LocalDate dueOn, LocalDate reviewOn,
            SafetyPlanStatus status, boolean overdue, String updatedBy, OffsetDateTime updatedAt) {
    }
}
