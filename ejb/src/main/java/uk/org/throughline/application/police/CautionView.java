package uk.org.throughline.application.police;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import uk.org.throughline.domain.model.caution.CautionCondition;
import uk.org.throughline.domain.model.caution.CautionScheme;
import uk.org.throughline.domain.model.caution.CautionType;
import uk.org.throughline.domain.model.caution.ComplianceStatus;
import uk.org.throughline.domain.model.caution.ConditionType;
import uk.org.throughline.domain.model.caution.ConditionalCaution;
import uk.org.throughline.domain.model.caution.NonComplianceOutcome;
import uk.org.throughline.domain.model.disposal.CourtCase;
import uk.org.throughline.domain.model.disposal.DecisionMaker;
import uk.org.throughline.domain.model.disposal.Disposal;
import uk.org.throughline.domain.model.incident.Offence;
import uk.org.throughline.domain.model.incident.OffenceClass;
import uk.org.throughline.domain.model.programme.ProgrammeReferral;
import uk.org.throughline.domain.model.programme.ReferralRoute;
import uk.org.throughline.domain.model.programme.ReferralStatus;
import uk.org.throughline.domain.model.staff.PoliceRank;
import uk.org.throughline.domain.shared.PoliceText;
import uk.org.throughline.domain.shared.PoliceText.Reader;

/**
 * A conditional caution as read, with its conditions, the referrals it made, the summary time limit
 * ({@code chargeBy}, null when the offence has none) and the warning to show while compliance is open.
 * {@code version} goes back with every change so concurrent changes are caught. The victim's views, each
 * condition's wording and note reach a perpetrator-facing reader only where police marked them
 * shareable; otherwise they read {@link PoliceText#HELD_BY_POLICE}.
 *
 * @param eligibilityFailures     the scheme rules that failed when the caution was given despite them
 * @param eligibilityOverrideBy   the officer who gave it despite them, and their rank then
 * @param prosecutionDisposalId   the charge a decision to prosecute recorded; null until then
 * @param prosecutionCourtCaseId  the court case that charge opened
 */
public record CautionView(long id, long version, long disposalId, long incidentId, String policeReference,
        long personId, String personName, CautionType type, String schemeName, String offenceDescription,
        OffenceClass offenceClass, LocalDate offenceDate, LocalDate cautionedOn, String victimViews,
        String appropriateAdult, LocalDate complianceDeadline, ComplianceStatus status, LocalDate statusChangedOn,
        String withdrawalReason, NonComplianceOutcome decision, DecisionMaker decisionMaker, LocalDate decidedOn,
        String decisionReason, String eligibilityOverrideReason, String eligibilityFailures,
        String eligibilityOverrideBy, PoliceRank eligibilityOverrideRank, Long prosecutionDisposalId,
        Long prosecutionCourtCaseId, List<Condition> conditions, List<Referral> referrals, LocalDate chargeBy,
        String timeLimitWarning) {

    public CautionView {
        conditions = List.copyOf(conditions);
        referrals = List.copyOf(referrals);
    }

    /**
     * The caution as read: its own fields from the caution, and what it does not hold itself by name.
     *
     * @param referrals        the programme referrals its rehabilitative conditions made
     * @param chargeBy         the summary time limit, null when the offence has none
     * @param timeLimitWarning what to show about the time limit, null when nothing is to be shown
     * @param reader           who reads it, which decides what of police's free text they get
     */
    public static CautionView of(ConditionalCaution caution, String personName, List<ProgrammeReferral> referrals,
            LocalDate chargeBy, String timeLimitWarning, Reader reader) {
        Offence offence = caution.offence();
        return new CautionView(caution.id(), caution.version(), caution.disposal().id(), caution.incident().id(),
                caution.incident().reference().value(), caution.personId(), personName, caution.type(),
                caution.scheme().map(CautionScheme::name).orElse(null), offence.description(), offence.offenceClass(),
                offence.offenceDate(), caution.cautionedOn(), caution.victimViews().readBy(reader),
                caution.appropriateAdult(), caution.complianceDeadline(), caution.status(), caution.statusChangedOn(),
                caution.withdrawalReason(), caution.decision(), caution.decisionMaker(), caution.decidedOn(),
                caution.decisionReason(), caution.eligibilityOverrideReason(), caution.eligibilityFailures(),
                caution.eligibilityOverrideBy(), caution.eligibilityOverrideRank(),
                caution.prosecution().map(Disposal::id).orElse(null),
                caution.prosecution().flatMap(Disposal::courtCase).map(CourtCase::id).orElse(null),
                caution.conditions().stream().map(condition -> Condition.of(condition, reader)).toList(),
                referrals.stream().map(Referral::of).toList(), chargeBy, timeLimitWarning);
    }

    public record Condition(long id, ConditionType type, String description, String programmeName,
            LocalDate startsOn, LocalDate endsOn, BigDecimal amount, Integer hours, ComplianceStatus status,
            LocalDate statusChangedOn, String statusNote) {

        private static Condition of(CautionCondition condition, Reader reader) {
            return new Condition(condition.id(), condition.type(), condition.description().readBy(reader),
                    condition.programmeName(), condition.startsOn(), condition.endsOn(), condition.amount(),
                    condition.hours(), condition.status(), condition.statusChangedOn(),
                    condition.statusNote().readBy(reader));
        }
    }

    public record Referral(long id, String programmeName, ReferralRoute route, ReferralStatus status,
            LocalDate referredOn) {

        private static Referral of(ProgrammeReferral referral) {
            return new Referral(referral.id(), referral.programmeName(), referral.route(), referral.status(),
                    referral.referredOn());
        }
    }
}
