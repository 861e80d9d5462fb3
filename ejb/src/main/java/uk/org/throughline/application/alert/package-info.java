/**
 * Alerts and tasks that reach the right worker: the inbox.
 */
package uk.org.throughline.application.alert;
