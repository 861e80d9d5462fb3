package uk.org.throughline.interfaces.programme.dto;

import java.time.Instant;
import java.time.LocalDate;
import uk.org.throughline.domain.model.programme.ReferralStatus;

/** One step of a referral's lifecycle, dated and attributed. */
public record ReferralStepResponse(ReferralStatus status, LocalDate on, String by, String reason, Instant recordedAt) {
}
