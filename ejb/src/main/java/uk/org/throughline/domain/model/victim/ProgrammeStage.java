package uk.org.throughline.domain.model.victim;

import uk.org.throughline.domain.model.programme.ReferralStatus;

/** Where the perpetrator's programme stands, as far as the contact schedule cares. */
public enum ProgrammeStage {
    NOT_STARTED,
    RUNNING,
    ENDED;

    public static ProgrammeStage of(ReferralStatus status) {
        if (status == ReferralStatus.IN_PROGRESS) {
            return RUNNING;
        }
        return status.isFinal() ? ENDED : NOT_STARTED;
    }
}
