package uk.org.throughline.application.programme;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import uk.org.throughline.domain.model.programme.NotCompletedReason;
import uk.org.throughline.domain.model.programme.ReferralRoute;
import uk.org.throughline.domain.model.programme.ReferralStatus;
import uk.org.throughline.domain.model.programme.RiskLevel;

/**
 * A programme referral as read, with every step it took. {@code programmeId} is null while a
 * caution's referral names a programme the catalogue does not know; {@code progress} says how far
 * the person has got against the completion rule; {@code cautionNote} says what the last change
 * meant for the caution that made the referral, when it meant something. {@code version} goes back
 * with every change so concurrent changes are caught.
 */
public record ReferralView(long id, long version, long personId, String personName, Long programmeId,
        String programmeName, ReferralRoute route, ReferralStatus status, LocalDate statusChangedOn,
        LocalDate referredOn, String referredBy, String caseWorker, Long cohortId, String cohortName,
        Long conditionalCautionId, Long courtCaseId, String childProtectionPlanReference, RiskLevel riskLevel,
        String eligibilityOverrideReason, String eligibilityFailures, NotCompletedReason notCompletedReason,
        String progress, List<Step> history, String cautionNote) {

    public ReferralView {
        history = List.copyOf(history);
    }

    /**
     * @param label      what the step did: the status reached, or the case worker named
     * @param caseWorker the case worker a step named; null for a change of status
     */
    public record Step(ReferralStatus status, String label, LocalDate on, String by, String reason, String caseWorker,
            Instant recordedAt) {
    }
}
