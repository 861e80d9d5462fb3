package uk.org.throughline.domain.model.person;

/** Gender as recorded by police and probation. */
public enum Gender {
    MALE("Male"),
    FEMALE("Female"),
    OTHER("Other / self-described"),
    NOT_KNOWN("Not known");

    private final String label;

    Gender(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
