/** The audit trail page for administrators and managers. */
package uk.org.throughline.interfaces.audit.web;
