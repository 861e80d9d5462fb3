/**
 * Conditional cautions (adult: CJA 2003 ss.22–27; youth: CDA 1998 ss.66A–66H): the scheme
 * eligibility rules, the conditions and their compliance, the deadline and the summary time limit,
 * and the decision that follows a failure.
 */
package uk.org.throughline.domain.model.caution;
