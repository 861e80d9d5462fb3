/**
 * Pages for conditional cautions (giving one after an eligibility check, following its conditions to
 * compliance or a non-compliance decision) and the police worklist that says which need action next.
 */
package uk.org.throughline.interfaces.caution.web;
