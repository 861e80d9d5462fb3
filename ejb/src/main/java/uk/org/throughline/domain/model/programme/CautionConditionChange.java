package uk.org.throughline.domain.model.programme;

import java.time.Instant;
import java.time.LocalDate;
import uk.org.throughline.domain.model.caution.CautionCondition;
import uk.org.throughline.domain.model.caution.ComplianceStatus;
import uk.org.throughline.domain.model.caution.ConditionalCaution;
import uk.org.throughline.domain.shared.PoliceText;

/**
 * What a programme event means for the conditional caution that made the referral: a completed
 * programme complies with the caution's programme condition, a failure to comply fails it. The
 * programmes part decides; the caution applies it, so its own rules (deadline, status) still hold. Its
 * note is the programme's, not police's, so offender managers read it.
 */
public record CautionConditionChange(long cautionId, long conditionId, ComplianceStatus status, LocalDate on,
        String note) {

    /**
     * Applies the change, unless the caution or the condition is no longer active (e.g. it already
     * failed at an earlier absence, or was withdrawn).
     *
     * @return whether the caution changed
     * @throws uk.org.throughline.domain.shared.BusinessException if the caution refuses the change, e.g.
     *         compliance after its deadline
     */
    public boolean applyTo(ConditionalCaution caution, LocalDate today, Instant now) {
        if (caution.id() == null || caution.id() != cautionId) {
            throw new IllegalArgumentException("This change is for caution " + cautionId + ", not " + caution.id());
        }
        CautionCondition condition = caution.condition(conditionId);
        if (caution.status() != ComplianceStatus.ACTIVE || condition.status() != ComplianceStatus.ACTIVE) {
            return false;
        }
        caution.changeConditionStatus(condition, status, on, PoliceText.shareable(note), today, now);
        return true;
    }
}
