package uk.org.throughline.application.risk;

import java.time.Instant;
import java.time.LocalDate;
import uk.org.throughline.domain.model.risk.MaracRepeatTrigger;

/**
 * Further abuse flagged as a MARAC repeat of a referral when it was recorded.
 *
 * @param triggerId   the breach's id or the incident's id
 * @param description e.g. "breach of the non-molestation order by SMITH, John on 05/12/2026"
 */
public record MaracRepeatView(long id, long maracReferralId, long victimPersonId, long perpetratorPersonId,
        MaracRepeatTrigger trigger, long triggerId, LocalDate occurredOn, String description, Instant flaggedAt) {
}
