package uk.org.throughline.domain.model.caution;

import java.time.LocalDate;
import java.util.Optional;
import uk.org.throughline.domain.model.incident.Offence;
import uk.org.throughline.domain.model.incident.OffenceClass;

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

    /**
     * A warning while compliance is still open: the limit passes before the compliance deadline, or
     * is within the warning period of today (or already passed).
     */
    public static Optional<String> warning(Offence offence, LocalDate complianceDeadline, LocalDate today,
            int warningDays) {
        return chargeBy(offence).flatMap(limit -> {
            if (limit.isBefore(today)) {
                return Optional.of("The 6-month time limit to charge " + offence.description() + " passed on "
                        + limit + ": the original offence can no longer be prosecuted");
            }
            if (limit.isBefore(complianceDeadline)) {
                return Optional.of("The 6-month time limit to charge " + offence.description() + " (" + limit
                        + ") passes before the compliance deadline (" + complianceDeadline
                        + "): decide on any failure before then");
            }
            if (!today.isBefore(limit.minusDays(warningDays))) {
                return Optional.of("The 6-month time limit to charge " + offence.description() + " is " + limit
                        + ", within " + warningDays + " days");
            }
            return Optional.empty();
        });
    }
}
