/**
 * What was decided about a suspect: the Home Office outcome, who decided it and why, and for a charge
 * the court case with its hearings, plea, verdict and sentence.
 */
package uk.org.throughline.domain.model.disposal;
