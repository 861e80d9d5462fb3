package uk.org.throughline.domain.model.programme;

/** Something that rules a person out of a programme that lists it, e.g. Caring Dads' exclusions. */
public enum ProgrammeExclusion {
    CHILD_SEXUAL_ABUSE_HISTORY("History of child sexual abuse"),
    ACTIVE_CUSTODY_DISPUTE("Active custody dispute");

    private final String label;

    ProgrammeExclusion(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
