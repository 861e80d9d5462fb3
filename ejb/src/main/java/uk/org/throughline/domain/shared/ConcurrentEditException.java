package uk.org.throughline.domain.shared;

/** Someone else saved the record after this user opened it; their change must not be overwritten. */
public class ConcurrentEditException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public ConcurrentEditException(String recordDescription) {
        super(recordDescription + " was changed by someone else while you were editing it. "
                + "Your changes have not been saved: reload the record to see theirs, then make your changes again.");
    }
}
