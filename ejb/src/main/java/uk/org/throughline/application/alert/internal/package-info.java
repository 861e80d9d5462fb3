/**
 * Raising alerts to the workers an event concerns, and the inbox's implementation.
 */
package uk.org.throughline.application.alert.internal;
