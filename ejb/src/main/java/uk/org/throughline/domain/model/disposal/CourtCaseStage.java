package uk.org.throughline.domain.model.disposal;

/** Where a court case has got to; each recorded step moves it on. */
public enum CourtCaseStage {
    AWAITING_PLEA("Awaiting plea"),
    AWAITING_TRIAL("Awaiting trial"),
    AWAITING_SENTENCE("Convicted, awaiting sentence"),
    CONCLUDED("Concluded");

    private final String label;

    CourtCaseStage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
