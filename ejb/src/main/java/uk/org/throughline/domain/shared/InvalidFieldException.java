package uk.org.throughline.domain.shared;

/** A domain rule on one field is broken; {@link #field()} names the field as the user sees it. */
public class InvalidFieldException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public InvalidFieldException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
