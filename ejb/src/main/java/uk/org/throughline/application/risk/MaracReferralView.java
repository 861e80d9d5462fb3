package uk.org.throughline.application.risk;

import java.time.LocalDate;
import java.util.List;
import uk.org.throughline.domain.model.risk.Agency;
import uk.org.throughline.domain.model.risk.MaracCriterion;

/**
 * A MARAC referral as read, with the perpetrator it names (null when none), the facts it was made on,
 * the meeting it is listed at (null when not yet listed), its actions, and the further abuse flagged as
 * repeats of it since, latest first.
 */
public record MaracReferralView(long id, long version, long personId, String personName, Long perpetratorPersonId,
        String perpetratorName, LocalDate referredOn, String referredBy, Agency referringAgency,
        MaracCriterion criterion, String reason, boolean repeat, LocalDate previousReferralOn, Integer dashScore,
        int recentIncidents, Long meetingId, LocalDate meetsOn, List<MaracActionView> actions,
        List<MaracRepeatView> repeatsFlagged) {

    public MaracReferralView {
        actions = List.copyOf(actions);
        repeatsFlagged = List.copyOf(repeatsFlagged);
    }
}
