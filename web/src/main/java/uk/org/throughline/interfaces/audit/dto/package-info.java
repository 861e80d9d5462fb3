/** JSON shape of an audit trail entry. */
package uk.org.throughline.interfaces.audit.dto;
