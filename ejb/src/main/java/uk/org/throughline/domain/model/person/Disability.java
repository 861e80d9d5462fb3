package uk.org.throughline.domain.model.person;

/** Whether the person has told us of a disability (Equality Act 2010 sense). */
public enum Disability {
    YES("Yes"),
    NO("No"),
    NOT_KNOWN("Not known"),
    PREFER_NOT_TO_SAY("Prefers not to say");

    private final String label;

    Disability(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
