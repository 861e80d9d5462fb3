package uk.org.throughline.interfaces.caution.dto;

import java.time.LocalDate;
import uk.org.throughline.domain.model.programme.ReferralRoute;
import uk.org.throughline.domain.model.programme.ReferralStatus;

/** The programme referral a rehabilitative condition made. */
public record ReferralResponse(
        long id,
        String programmeName,
        ReferralRoute route,
        ReferralStatus status,
        LocalDate referredOn) {
}
