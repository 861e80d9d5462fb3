package uk.org.throughline.application.programme;

import jakarta.validation.constraints.Size;

/**
 * The documents programme work produces, as PDF (A4, marked OFFICIAL-SENSITIVE): the warning letter
 * for a failure to comply and the end-of-programme report. Each one produced is audited as an
 * export of the referral.
 */
public interface ProgrammeDocuments {

    /** The facilitator's comments fit a few pages, not a book. */
    int COMMENTS_LENGTH = 10_000;

    /**
     * @throws uk.org.throughline.domain.shared.RecordNotFoundException if there is no such action
     * @throws uk.org.throughline.domain.shared.BusinessException if the action is not a warning
     */
    byte[] warningLetter(long enforcementActionId);

    /**
     * The report for the referral as it stands: one before the end says "In progress".
     *
     * @param facilitatorComments optional
     * @throws uk.org.throughline.domain.shared.RecordNotFoundException if there is no such referral
     */
    byte[] endOfProgrammeReport(long referralId, @Size(max = COMMENTS_LENGTH) String facilitatorComments);
}
