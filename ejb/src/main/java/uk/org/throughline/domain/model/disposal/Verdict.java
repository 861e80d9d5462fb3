package uk.org.throughline.domain.model.disposal;

/** How the case was decided; a guilty plea is a conviction on the day it is entered. */
public enum Verdict {
    GUILTY("Guilty"),
    NOT_GUILTY("Not guilty"),
    DISMISSED("Dismissed"),
    DISCONTINUED("Discontinued by the prosecution");

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
