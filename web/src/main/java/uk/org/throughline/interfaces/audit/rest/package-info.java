/** The audit trail over REST, for administrators and managers. */
package uk.org.throughline.interfaces.audit.rest;
