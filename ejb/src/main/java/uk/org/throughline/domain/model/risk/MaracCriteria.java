package uk.org.throughline.domain.model.risk;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import uk.org.throughline.domain.model.incident.DashLevel;
import uk.org.throughline.domain.shared.InvalidFieldException;

/**
 * The MARAC referral criteria (SafeLives): visible high risk (a DASH score of 14 or more),
 * potential escalation (so many police incidents in so many months, configured), professional
 * judgement (the practitioner's, with a reason, at any score); and repeat: further abuse between the
 * same victim and perpetrator within 12 months of her last referral, flagged when it is recorded (see
 * {@link MaracRepeatRule}), and a referral within 12 months of the last one is a repeat referral. Windows
 * count whole calendar months and include both ends: a referral on 24/11/2026 is a repeat of one on
 * 24/11/2025, not of one on 23/11/2025.
 */
public final class MaracCriteria {

    private MaracCriteria() {
    }

    /** The strongest criterion the facts meet, with the numbers behind it and whether a referral would repeat. */
    public static MaracSuggestion suggest(MaracFacts facts, MaracThresholds thresholds) {
        int incidents = incidentsWithin(facts.incidentDays(), facts.on(), thresholds.escalationMonths());
        Optional<MaracCriterion> criterion;
        if (visibleHighRisk(facts)) {
            criterion = Optional.of(MaracCriterion.VISIBLE_HIGH_RISK);
        } else if (incidents >= thresholds.escalationIncidents()) {
            criterion = Optional.of(MaracCriterion.POTENTIAL_ESCALATION);
        } else if (facts.latestLevel() == DashLevel.HIGH) {
            criterion = Optional.of(MaracCriterion.PROFESSIONAL_JUDGEMENT);
        } else {
            criterion = Optional.empty();
        }
        return new MaracSuggestion(criterion, facts.latestScore(), incidents, thresholds.escalationMonths(),
                isRepeat(facts.lastReferralOn(), facts.on(), thresholds), facts.lastReferralOn(),
                Optional.ofNullable(facts.flaggedRepeat()));
    }

    /**
     * Checks the criterion a referrer chose against the facts.
     *
     * @throws InvalidFieldException on "criterion" when the facts do not meet it, or on "reason" when
     *         professional judgement gives none
     */
    public static void requireMet(MaracCriterion criterion, String reason, MaracFacts facts,
            MaracThresholds thresholds) {
        switch (criterion) {
            case VISIBLE_HIGH_RISK -> {
                if (!visibleHighRisk(facts)) {
                    throw new InvalidFieldException("criterion", "Visible high risk needs a DASH score of "
                            + DashChecklist.HIGH_FROM + " or more: " + (facts.latestScore() == null
                            ? "there is no DASH assessment yet" : "the latest score is " + facts.latestScore())
                            + ". Refer on professional judgement instead, with the reason.");
                }
            }
            case POTENTIAL_ESCALATION -> {
                int incidents = incidentsWithin(facts.incidentDays(), facts.on(), thresholds.escalationMonths());
                if (incidents < thresholds.escalationIncidents()) {
                    throw new InvalidFieldException("criterion", "Potential escalation needs "
                            + thresholds.escalationIncidents() + " police incidents in " + thresholds.escalationMonths()
                            + " months: " + incidents + " are recorded. Refer on professional judgement instead, "
                            + "with the reason.");
                }
            }
            case PROFESSIONAL_JUDGEMENT -> {
                if (reason == null || reason.isBlank()) {
                    throw new InvalidFieldException("reason", "Give the reason for referring on professional judgement");
                }
            }
        }
    }

    /** Whether a referral on {@code on} is within the repeat window (12 months) of the last one (on or after it). */
    public static boolean isRepeat(LocalDate lastReferralOn, LocalDate on, MaracThresholds thresholds) {
        return lastReferralOn != null && !on.isBefore(lastReferralOn)
                && !on.isAfter(lastReferralOn.plusMonths(thresholds.repeatMonths()));
    }

    /** The incidents on days from {@code months} months before {@code on} to {@code on}, both included. */
    public static int incidentsWithin(List<LocalDate> incidentDays, LocalDate on, int months) {
        LocalDate from = on.minusMonths(months);
        return (int) incidentDays.stream().filter(day -> !day.isBefore(from) && !day.isAfter(on)).count();
    }

    private static boolean visibleHighRisk(MaracFacts facts) {
        return facts.latestScore() != null && facts.latestScore() >= DashChecklist.HIGH_FROM;
    }
}
