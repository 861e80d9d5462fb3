package uk.org.throughline.interfaces.programme.dto;

import uk.org.throughline.domain.model.programme.ReferralStatus;

/** Someone holding a place in a cohort. */
public record CohortMemberResponse(long referralId, long personId, String personName, ReferralStatus status) {
}
