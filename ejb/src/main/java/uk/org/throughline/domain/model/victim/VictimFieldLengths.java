package uk.org.throughline.domain.model.victim;

/** Column lengths of the victim records, shared with the forms' {@code @Size}. */
public final class VictimFieldLengths {

    public static final int USERNAME = 60;
    public static final int PHONE = 30;
    public static final int SAFE_TIMES = 200;
    public static final int EMAIL = 254;
    public static final int CODE_WORD = 60;
    public static final int ADDRESS_LINE = 100;
    public static final int TOWN = 60;
    public static final int POSTCODE = 10;
    public static final int LANGUAGE = 60;
    public static final int CHILD_NAME = 100;
    public static final int CONTACT_NOTE = 2000;
    public static final int REASON = 200;
    public static final int GROUP_NAME = 100;
    public static final int VENUE = 200;

    private VictimFieldLengths() {
    }
}
