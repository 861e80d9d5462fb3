package uk.org.throughline.domain.model.programme;

import java.util.EnumSet;
import java.util.Set;
import uk.org.throughline.domain.shared.BusinessException;

/**
 * Where a referral has got to: received → assessed suitable or not suitable → waiting → allocated to
 * a cohort → in progress → completed or not completed. A suitable referral may be allocated without
 * waiting, an allocated one may go back to the waiting list before it starts, and one that was found
 * suitable may end as not completed at any point (dropped out, moved away, ...).
 */
public enum ReferralStatus {
    RECEIVED("Received"),
    SUITABLE("Assessed suitable"),
    NOT_SUITABLE("Assessed not suitable"),
    WAITING("Waiting"),
    ALLOCATED("Allocated"),
    IN_PROGRESS("In progress"),
    COMPLETED("Completed"),
    NOT_COMPLETED("Not completed");

    private final String label;

    ReferralStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public Set<ReferralStatus> next() {
        return switch (this) {
            case RECEIVED -> EnumSet.of(SUITABLE, NOT_SUITABLE);
            case SUITABLE -> EnumSet.of(WAITING, ALLOCATED, NOT_COMPLETED);
            case WAITING -> EnumSet.of(ALLOCATED, NOT_COMPLETED);
            case ALLOCATED -> EnumSet.of(IN_PROGRESS, WAITING, NOT_COMPLETED);
            case IN_PROGRESS -> EnumSet.of(COMPLETED, NOT_COMPLETED);
            case NOT_SUITABLE, COMPLETED, NOT_COMPLETED -> EnumSet.noneOf(ReferralStatus.class);
        };
    }

    /** Holds a place in a cohort. */
    public boolean holdsPlace() {
        return this == ALLOCATED || this == IN_PROGRESS;
    }

    public boolean isFinal() {
        return next().isEmpty();
    }

    /** @throws BusinessException naming the current status if the referral cannot move to {@code target} */
    public void requireCanBecome(ReferralStatus target) {
        if (!next().contains(target)) {
            throw new BusinessException("The referral is \"" + label + "\", so it cannot become \"" + target.label
                    + "\".");
        }
    }
}
