package uk.org.throughline.domain.model.risk;

/** Column lengths of risk assessments, MARAC records and safety plans, shared with the {@code @Size} checks. */
public final class RiskFieldLengths {

    public static final int USERNAME = 100;
    public static final int ASSESSOR = 100;
    public static final int INSTRUMENT = 60;
    public static final int REASON = 1000;
    public static final int AREA = 100;
    public static final int ACTION = 500;
    public static final int OWNER = 100;

    private RiskFieldLengths() {
    }
}
