package uk.org.throughline.domain.model.attendance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import uk.org.throughline.domain.model.programme.EnforcementPolicy;
import uk.org.throughline.domain.model.programme.ProgrammeReferral;
import uk.org.throughline.domain.shared.BusinessException;
import uk.org.throughline.domain.shared.UkDate;

/**
 * Applies a referral's enforcement policy (its programme's, for its route) to a failure to comply.
 * The action comes back unsaved; the service saves it and carries it out: a warning letter, a breach
 * referral on the probation worklist, the caution's condition failed through
 * {@link EnforcementAction#cautionConditionChange()}, or the case worker's task.
 */
public final class Enforcement {

    /** Sentencing Act 2020 Sch 10 para 6: a second failure within 12 months of a warning means breach. */
    static final int WARNING_MONTHS = 12;

    private Enforcement() {
    }

    /**
     * @param earlier the actions already taken for failures on the same referral (or order)
     * @return nothing when the route enforces nothing (voluntary attendance)
     */
    public static Optional<EnforcementAction> respondTo(AttendanceRecord failure, List<EnforcementAction> earlier,
            ProgrammeTimescales timescales, LocalDate today, String by, Instant now) {
        if (!failure.isFailureToComply()) {
            throw new IllegalArgumentException("Attendance " + failure.id() + " is not a failure to comply");
        }
        ProgrammeReferral referral = failure.referral();
        EnforcementPolicy policy = referral.programme()
                .orElseThrow(() -> new BusinessException("The referral is not linked to a programme."))
                .enforcementPolicy(referral.route());
        String what = failure.describe();
        return switch (policy) {
            case WARNING_THEN_BREACH ->
                    Optional.of(warningOrBreach(failure, earlier, what, timescales, today, by, now));
            case CAUTION_NON_COMPLIANCE -> Optional.of(new EnforcementAction(EnforcementKind.CAUTION_CONDITION_FAILED,
                    failure, what + ". This does not comply with the conditional caution.", today, by, now));
            case CASE_WORKER_DECIDES -> Optional.of(new EnforcementAction(EnforcementKind.CASE_WORKER_TASK, failure,
                    what + ". Decide what follows.", today, by, now).assignTo(referral.caseWorker()));
            case NONE -> Optional.empty();
        };
    }

    private static EnforcementAction warningOrBreach(AttendanceRecord failure, List<EnforcementAction> earlier,
            String what, ProgrammeTimescales timescales, LocalDate today, String by, Instant now) {
        Optional<EnforcementAction> openBreach = earlier.stream()
                .filter(action -> action.kind() == EnforcementKind.BREACH_REFERRAL && action.resolvedOn() == null)
                .findFirst();
        if (openBreach.isPresent()) {
            return new EnforcementAction(EnforcementKind.BREACH_REFERRAL, failure, what + ". A further failure while "
                    + "the breach referral of " + UkDate.format(openBreach.get().decidedOn()) + " is unresolved.",
                    today, by, now);
        }
        LocalDate countFrom = earlier.stream()
                .filter(action -> action.kind() == EnforcementKind.BREACH_REFERRAL)
                .map(EnforcementAction::resolvedOn)
                .max(Comparator.naturalOrder())
                .orElse(LocalDate.MIN);
        LocalDate windowStart = failure.session().sessionDate().minusMonths(WARNING_MONTHS);
        Optional<LocalDate> recentWarning = earlier.stream()
                .filter(action -> action.kind() == EnforcementKind.WARNING)
                .map(EnforcementAction::decidedOn)
                .filter(warned -> warned.isAfter(windowStart) && warned.isAfter(countFrom))
                .max(Comparator.naturalOrder());
        if (recentWarning.isPresent()) {
            return new EnforcementAction(EnforcementKind.BREACH_REFERRAL, failure, what + ". A warning was given on "
                    + UkDate.format(recentWarning.get()) + ", within the previous " + WARNING_MONTHS
                    + " months, so referral for breach is mandatory.", today, by, now);
        }
        LocalDate respondBy = today.plusDays(timescales.warningResponseDays());
        return new EnforcementAction(EnforcementKind.WARNING, failure, what + ". This is unacceptable; a further "
                + "failure within " + WARNING_MONTHS + " months will mean a return to court. Respond by "
                + UkDate.format(respondBy) + ".", today, by, now).respondBy(respondBy);
    }
}
