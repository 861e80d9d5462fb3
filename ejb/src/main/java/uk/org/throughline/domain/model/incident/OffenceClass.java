package uk.org.throughline.domain.model.incident;

/** Where an offence can be tried; summary-only offences must be charged within 6 months (MCA 1980 s.127). */
public enum OffenceClass {
    SUMMARY_ONLY("Summary only"),
    EITHER_WAY("Either way"),
    INDICTABLE_ONLY("Indictable only");

    private final String label;

    OffenceClass(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
