package uk.org.throughline.domain.model.disposal;

/** What an outcome means for the case: a charge goes to court, the others end it without court. */
public enum OutcomeKind {
    CHARGE,
    OUT_OF_COURT_DISPOSAL,
    NO_FURTHER_ACTION,
    OTHER
}
