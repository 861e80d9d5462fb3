package uk.org.throughline.domain.model.programme;

import java.time.LocalDate;

/**
 * A referral as the referrer makes it. What else is needed depends on the route: a court order names
 * its court case, children's social care its child-protection plan; both, and the YOT, name the case
 * worker who answers for the person.
 *
 * @param caseWorker username of the probation officer, social worker or YOT worker responsible
 */
public record ReferralDetails(long personId, ReferralRoute route, LocalDate referredOn, Long courtCaseId,
        String childProtectionPlanReference, String caseWorker) {
}
