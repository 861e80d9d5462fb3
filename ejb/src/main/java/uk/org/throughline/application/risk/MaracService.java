package uk.org.throughline.application.risk;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import uk.org.throughline.application.risk.RiskForms.ActionForm;
import uk.org.throughline.application.risk.RiskForms.CompletionForm;
import uk.org.throughline.application.risk.RiskForms.ListingForm;
import uk.org.throughline.application.risk.RiskForms.MaracReferralForm;
import uk.org.throughline.application.risk.RiskForms.MeetingForm;

/**
 * MARAC: referrals with their criterion checked against the facts (DASH score, police incidents,
 * earlier referrals), meetings and their agendas, and the actions agencies take away. Police and
 * partner-contact workers refer; partner-contact workers (the MARAC coordinator's side), managers
 * and administrators run meetings and actions. Perpetrator-facing roles see none of it.
 *
 * @throws uk.org.throughline.domain.shared.ConcurrentEditException if a record changed since it was read
 */
public interface MaracService {

    /** What the criteria say about referring her today, and whether it would be a repeat. */
    MaracSuggestionView suggestion(long personId);

    /** Fires {@link MaracReferralMade} in the same transaction. */
    MaracReferralView refer(@NotNull @Valid MaracReferralForm form);

    MaracReferralView referral(long referralId);

    /** Newest first. */
    List<MaracReferralView> referralsOf(long personId);

    MaracMeetingView scheduleMeeting(@NotNull @Valid MeetingForm form);

    /** Every meeting, latest first, without their agendas. */
    List<MaracMeetingView> meetings();

    MaracMeetingView meeting(long meetingId);

    /** The cases referred and not yet listed at a meeting, oldest first. */
    List<MaracReferralView> waitingToBeListed();

    /**
     * The referrals with further abuse flagged as a MARAC repeat since and no referral of hers made after it, each
     * with its repeats: the cases to bring back to MARAC. Oldest repeat first.
     */
    List<MaracReferralView> repeatedSinceReferred();

    MaracReferralView list(long referralId, long expectedVersion, @NotNull @Valid ListingForm form);

    /** The meeting's agenda as CSV (UTF-8), audited as an export. */
    byte[] agendaCsv(long meetingId);

    MaracActionView addAction(long referralId, @NotNull @Valid ActionForm form);

    MaracActionView completeAction(long actionId, long expectedVersion, @NotNull @Valid CompletionForm form);
}
