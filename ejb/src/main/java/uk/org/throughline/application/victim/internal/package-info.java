/**
 * Transactional implementation of victim safety, who may see what of a victim, and the reactions that raise alerts when something happens to her safety.
 */
package uk.org.throughline.application.victim.internal;
