package uk.org.throughline.application.risk;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import uk.org.throughline.domain.model.risk.SafetyPlanStatus;

/** A victim's safety plan: its measures, soonest due first. */
public record SafetyPlanView(long personId, String personName, List<Item> items) {

    public SafetyPlanView {
        items = List.copyOf(items);
    }

    /** @param overdue still only agreed and past its due day */
    public record Item(long id, long version, String action, String owner, LocalDate dueOn, LocalDate reviewOn,
            SafetyPlanStatus status, boolean overdue, String updatedBy, Instant updatedAt) {
    }
}
