/**
 * Transactional implementations of the person index, auditing every read and change.
 */
package uk.org.throughline.application.person.internal;
