package uk.org.throughline.domain.model.order;

/** Column lengths of orders and breaches, shared with the forms' {@code @Size} checks. */
public final class OrderFieldLengths {

    public static final int COURT = 100;
    public static final int CASE_NUMBER = 40;
    public static final int REASON = 500;
    public static final int DETAIL = 500;
    public static final int ADDRESS_LINE = 200;
    public static final int TOWN = 100;
    public static final int POSTCODE = 10;
    public static final int WHAT_HAPPENED = 2000;
    public static final int REPORTED_BY = 200;
    public static final int USERNAME = 100;

    private OrderFieldLengths() {
    }
}
