package uk.org.throughline.domain.model.caution;

import java.time.LocalDate;
import java.util.Optional;
import uk.org.throughline.domain.model.incident.Offence;
import uk.org.throughline.domain.model.incident.OffenceClass;
import uk.org.throughline.domain.shared.UkDate;

/**
 * A summary-only offence must be charged within 6 months of being committed (Magistrates' Courts
 * Act 1980 s.127), so a failed caution for one can only be prosecuted before then. Statutory, so the
 * period is a constant; how early to warn is local practice ({@link CautionTimescales}).
 */
public final class SummaryTimeLimit {

    static final int MONTHS = 6;

    private SummaryTimeLimit() {
    }

    /** The last day to charge, for a summary-only offence; empty for offences with no such limit. */
    public static Optional<LocalDate> chargeBy(Offence offence) {
        return offence.offenceClass() == OffenceClass.SUMMARY_ONLY
                ? Optional.of(offence.offenceDate().plusMonths(MONTHS))
                : Optional.empty();
    }

    /** Why the original offence can no longer be charged on that day, if its time limit has passed. */
    public static Optional<String> passedBy(Offence offence, LocalDate day) {
        return chargeBy(offence).filter(day::isAfter)
                .map(limit -> "The 6-month time limit to charge " + offence.description() + " passed on "
                        + UkDate.format(limit) + ": the original offence can no longer be prosecuted");
    }

    /**
     * A warning while compliance is still open: the time limit has passed, falls on or before the
     * compliance deadline, or is within the warning period of today.
     */
    public static Optional<String> warning(Offence offence, LocalDate complianceDeadline, LocalDate today,
            int warningDays) {
        return passedBy(offence, today).or(() -> chargeBy(offence).flatMap(limit -> {
            if (!limit.isAfter(complianceDeadline)) {
                return Optional.of("The 6-month time limit to charge " + offence.description() + " ("
                        + UkDate.format(limit) + ") runs out by the compliance deadline ("
                        + UkDate.format(complianceDeadline) + "): decide on any failure before then");
            }
            if (!today.isBefore(limit.minusDays(warningDays))) {
                return Optional.of("The 6-month time limit to charge " + offence.description() + " is "
                        + UkDate.format(limit) + ", within " + warningDays + " days");
            }
            return Optional.empty();
        }));
    }
}
