package uk.org.throughline.domain.shared;

import jakarta.ejb.ApplicationException;

/**
 * Something the user asked for cannot be done as asked. The message is written for the user and
 * the transaction of the action is rolled back, so nothing is half-saved.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BusinessException(String message) {
        super(message);
    }
}
