package uk.org.throughline.application;

/**
 * A victim's risk has just risen to high. Fired synchronously inside the transaction that saved the
 * assessment, so an observer that writes an alert (for her partner-contact worker and the MARAC
 * coordinator) commits or rolls back with it.
 */
public record RiskRoseToHigh(long personId, long assessmentId, int score, boolean byJudgement) {
}
