/** Conditional cautions over REST: schemes, eligibility, giving, compliance and the non-compliance decision. */
package uk.org.throughline.interfaces.caution.rest;
