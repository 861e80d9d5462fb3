package uk.org.throughline.domain.shared;

/** The record asked for does not exist (or was merged away). */
public class RecordNotFoundException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public RecordNotFoundException(String recordType, Object id) {
        super(recordType + " " + id + " was not found.");
    }
}
