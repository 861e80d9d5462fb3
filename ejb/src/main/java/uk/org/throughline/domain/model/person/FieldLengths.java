package uk.org.throughline.domain.model.person;

/** Column lengths of the person index, shared by the mapping and the {@code @Size} checks. */
public final class FieldLengths {

    public static final int NAME = 100;
    public static final int LANGUAGE = 60;
    public static final int ADDRESS_LINE = 120;
    public static final int TOWN = 80;
    public static final int POSTCODE = 10;
    public static final int NOTES = 500;
    public static final int REASON = 500;

    private FieldLengths() {
    }
}
