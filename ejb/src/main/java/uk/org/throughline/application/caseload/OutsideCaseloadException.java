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
    private final boolean listsOthers;

    public OutsideCaseloadException(long personId, boolean restricted) {
        this(personId, restricted, false, restricted
                ? "This record is restricted: it is open only to named staff. Ask the record's owner or an administrator."
                : "This person is not on your caseload. Give the reason you need their records to open them; "
                        + "your manager is told.");
    }

    private OutsideCaseloadException(long personId, boolean restricted, boolean listsOthers, String message) {
        super(message);
        this.personId = personId;
        this.restricted = restricted;
        this.listsOthers = listsOthers;
    }

    /**
     * A list (a register, a cohort) naming people the worker may not all read: it is open to those who work
     * with every one of them, and to managers.
     *
     * @param personId   the first of those refused
     * @param restricted whether any of them is refused by a restriction
     */
    public static OutsideCaseloadException amongOthers(long personId, boolean restricted) {
        return new OutsideCaseloadException(personId, restricted, true, restricted
                ? "Someone listed here has a restricted record, open only to named staff, so you cannot open this list."
                : "Not everyone listed here is on your caseload, so you cannot open this list: it is open to the "
                        + "staff who work with all of them, and to managers.");
    }

    /** Whether the refused record lists several people (a register), rather than being one person's. */
    public boolean listsOthers() {
        return listsOthers;
    }

    public long personId() {
        return personId;
    }

    /** Whether no reason can open it (a restriction), rather than it being off the caseload. */
    public boolean isRestricted() {
        return restricted;
    }
}
