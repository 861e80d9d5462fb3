/**
 * The person index: registering, finding, changing and merging the nominal record everyone searches first.
 */
package uk.org.throughline.application.person;
