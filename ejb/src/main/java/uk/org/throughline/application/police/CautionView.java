package uk.org.throughline.application.police;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import uk.org.throughline.domain.model.caution.CautionType;
import uk.org.throughline.domain.model.caution.ComplianceStatus;
import uk.org.throughline.domain.model.caution.ConditionType;
import uk.org.throughline.domain.model.caution.NonComplianceOutcome;
import uk.org.throughline.domain.model.disposal.DecisionMaker;
import uk.org.throughline.domain.model.incident.OffenceClass;
import uk.org.throughline.domain.model.programme.ReferralRoute;
import uk.org.throughline.domain.model.programme.ReferralStatus;

/**
 * A conditional caution as read, with its conditions, the referrals it made, the summary time limit
 * ({@code chargeBy}, null when the offence has none) and the warning to show while compliance is open.
 * {@code version} goes back with every change so concurrent changes are caught.
 */
public record CautionView(long id, long version, long disposalId, long incidentId, String policeReference,
        long personId, String personName, CautionType type, String schemeName, String offenceDescription,
        OffenceClass offenceClass, LocalDate offenceDate, LocalDate cautionedOn, String victimViews,
        String appropriateAdult, LocalDate complianceDeadline, ComplianceStatus status, LocalDate statusChangedOn,
        String withdrawalReason, NonComplianceOutcome decision, DecisionMaker decisionMaker, LocalDate decidedOn,
        String decisionReason, String eligibilityOverrideReason, String eligibilityFailures,
        List<Condition> conditions, List<Referral> referrals, LocalDate chargeBy, String timeLimitWarning) {

    public CautionView {
        conditions = List.copyOf(conditions);
        referrals = List.copyOf(referrals);
    }

    public record Condition(long id, ConditionType type, String description, String programmeName,
            LocalDate startsOn, LocalDate endsOn, BigDecimal amount, ComplianceStatus status,
            LocalDate statusChangedOn, String statusNote) {
    }

    public record Referral(long id, String programmeName, ReferralRoute route, ReferralStatus status,
            LocalDate referredOn) {
    }
}
