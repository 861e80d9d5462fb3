package uk.org.throughline.domain.model.attendance;

/**
 * The local-practice numbers of attendance enforcement, in one place so they are configured, not
 * scattered. The 12 months within which a second failure means breach is statute, not practice: see
 * {@link Enforcement}.
 *
 * @param evidenceWorkingDays how long an absence waits for evidence of a reasonable excuse (5 working days)
 * @param warningResponseDays how long a warning letter gives the person to respond (7 days)
 */
public record ProgrammeTimescales(int evidenceWorkingDays, int warningResponseDays) {

    public static final ProgrammeTimescales DEFAULTS = new ProgrammeTimescales(5, 7);

    public ProgrammeTimescales {
        if (evidenceWorkingDays < 1 || warningResponseDays < 1) {
            throw new IllegalArgumentException("Programme timescales out of range: evidence " + evidenceWorkingDays
                    + " working days, warning response " + warningResponseDays + " days");
        }
    }
}
