package uk.org.throughline.domain.model.incident;

/** Column lengths of the police journey (incidents, disposals, cautions), shared with the {@code @Size} checks. */
public final class PoliceFieldLengths {

    public static final int REFERENCE = 20;
    public static final int PLACE = 200;
    public static final int DESCRIPTION = 200;
    public static final int STATION = 100;
    public static final int COURT = 100;
    public static final int PROGRAMME = 100;
    public static final int PERSON_NAME = 100;
    public static final int CONDITION = 500;
    public static final int REASON = 500;
    public static final int VICTIM_VIEWS = 1000;
    public static final int ACCOUNT = 4000;

    private PoliceFieldLengths() {
    }
}
