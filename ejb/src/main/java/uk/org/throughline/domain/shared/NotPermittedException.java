package uk.org.throughline.domain.shared;

/** The signed-in user's role does not allow this action or record. */
public class NotPermittedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public NotPermittedException(String message) {
        super(message);
    }
}
