package uk.org.throughline.domain.model.incident;

/** The part a person played in an incident. Children present are victims in their own right (DA Act 2021 s.3). */
public enum InvolvementRole {
    SUSPECT("Suspect"),
    VICTIM("Victim"),
    CHILD_PRESENT("Child present"),
    WITNESS("Witness");

    private final String label;

    InvolvementRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
