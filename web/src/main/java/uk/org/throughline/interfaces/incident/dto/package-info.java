/**
 * JSON shapes of incidents, arrests (with custody results and bail conditions) and voluntary
 * interviews. Field names are the application forms' property names, so an error names the field
 * the client sent; dates are yyyy-MM-dd, date-times ISO 8601 with their offset.
 */
package uk.org.throughline.interfaces.incident.dto;
