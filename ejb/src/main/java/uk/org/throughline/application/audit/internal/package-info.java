/**
 * The audit trail's implementation.
 */
package uk.org.throughline.application.audit.internal;
