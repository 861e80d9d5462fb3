package uk.org.throughline.domain.model.victim;

/** How the partner-contact worker tried to reach her, or a support session held with her. */
public enum ContactMethod {
    PHONE("Phone"),
    TEXT("Text message"),
    EMAIL("Email"),
    IN_PERSON("In person"),
    LETTER("Letter"),
    SUPPORT_SESSION("One-to-one support session");

    private final String label;

    ContactMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
