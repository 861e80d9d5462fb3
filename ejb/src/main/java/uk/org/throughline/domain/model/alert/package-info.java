/**
 * Alerts and tasks: what a worker must know or do because something happened to a person they work
 * with, addressed to a named worker or a role's queue, written in the same transaction as the event.
 */
package uk.org.throughline.domain.model.alert;
