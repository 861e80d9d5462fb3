package uk.org.throughline.application.caseload;

import uk.org.throughline.domain.shared.NotPermittedException;

/**
 * A person's records asked for by a worker who may not read them now: not on their caseload (they may
 * give a reason to open them), or restricted to other staff (no reason opens them).
 */
public class OutsideCaseloadException extends NotPermittedException {

    private static final long serialVersionUID = 1L;

    private final long personId;
    private final boolean restricted;

    public OutsideCaseloadException(long personId, boolean restricted) {
        super(restricted
                ? "This record is restricted: it is open only to named staff. Ask the record's owner or an administrator."
                : "This person is not on your caseload. Give the reason you need their records to open them; "
                        + "your manager is told.");
        this.personId = personId;
        this.restricted = restricted;
    }

    public long personId() {
        return personId;
    }

    /** Whether no reason can open it (a restriction), rather than it being off the caseload. */
    public boolean isRestricted() {
        return restricted;
    }
}
