package uk.org.throughline.application.risk;

/**
 * A victim's risk has just risen to high, by a DASH assessment or by the level police recorded at
 * the scene of an incident. Fired synchronously inside the transaction that saved it, so the alerts
 * an observer writes commit or roll back with it.
 *
 * @param basis what raised it, e.g. "DASH score 15" or "recorded by police at the scene of NP/26/000123"
 */
public record RiskRoseToHigh(long personId, String basis) {
}
