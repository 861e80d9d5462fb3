/**
 * Transactional implementations of risk, MARAC and safety plans, with the mappings to their views and the MARAC agenda CSV.
 */
package uk.org.throughline.application.risk.internal;
