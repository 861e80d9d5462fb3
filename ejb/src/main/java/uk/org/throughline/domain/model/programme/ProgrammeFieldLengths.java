package uk.org.throughline.domain.model.programme;

/** Column lengths of programmes, referrals, cohorts and attendance, shared with the {@code @Size} checks. */
public final class ProgrammeFieldLengths {

    public static final int NAME = 100;
    public static final int TARGET_GROUP = 500;
    public static final int MODULE = 100;
    public static final int VENUE = 200;
    public static final int USERNAME = 100;
    public static final int PLAN_REFERENCE = 40;
    public static final int REASON = 500;
    public static final int NOTES = 2000;

    private ProgrammeFieldLengths() {
    }
}
