package uk.org.throughline.domain.model.programme;

/** Support another service runs alongside a programme, for the people the participant has harmed. */
public enum ParallelSupport {
    PARTNER_CONTACT("Victim or partner contact"),
    MOTHERS_SUPPORT("Support for the children's mothers"),
    PARENT_SUPPORT("Parent support and parent groups");

    private final String label;

    ParallelSupport(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
