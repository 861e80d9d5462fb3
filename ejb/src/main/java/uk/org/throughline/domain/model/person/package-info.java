/**
 * The person index: people ("nominals") with their aliases, addresses, warning markers and PNC ID,
 * and the name normalisation and phonetic keys that let workers find someone before creating a duplicate.
 */
package uk.org.throughline.domain.model.person;
